import { densityKgM3 } from './earth/atmosphere';

/**
 * The Soyuz numbers the descent model uses, each with its source or marked as an assumption.
 * "SOURCES.md" means shared/data/SOURCES.md section 5, "Typical Soyuz descent profile".
 * One set for every mission: nothing here is tuned to a particular landing.
 */

/** Standard gravity, m/s^2, for g-loads and parachute equilibrium speeds. */
export const G0_MS2 = 9.80665;

export const DEORBIT = {
  /** m/s. SOURCES.md: 128 m/s (CSA MS-11, spaceflight101 MS-03, NSF MS-17, SFI MS-04). */
  deltaVms: 128,
  /**
   * s. SOURCES.md: 4 min 37 s to 4 min 49 s across missions; 4 min 40 s taken as typical.
   * Modelled as a finite burn at constant acceleration deltaV / duration along the inertial
   * anti-velocity (the S5.80 engine's thrust is nearly constant; the mass change over the burn,
   * a few per cent, is ignored).
   */
  durationS: 280,
  /**
   * Where the engine points: along the inertial anti-velocity *at ignition*, held there in
   * inertial space for the whole burn (the attitude is built before ignition and kept on the
   * gyroscopes, as any fixed engine on a gyro-stabilised craft fires). No figure is fitted: it is
   * a choice of model, and the one that matches CSA's MS-11 timeline (burn → separation 27 min
   * 26 s: 0 s off; → entry interface 30 min 17 s: 1 s off), where thrust that follows the turning
   * velocity came 56 s late. Over 280 s the orbit turns ~17°, so the held thrust ends ~17° below
   * the local horizontal, pointing down: it lowers the perigee further for the same 128 m/s.
   * docs/physics.md "The coast" has the comparison.
   */
  attitude: 'inertial' as 'inertial' | 'retrograde',
} as const;

export const STACK = {
  /**
   * kg. Soyuz MS-22 at launch ~7,152 kg (missions.json note, russianspaceweb). Return mass is
   * lower (propellant used) but unsourced; it only scales the small drag above 140 km.
   */
  massKg: 7150,
  /** m. Spacecraft maximum diameter 2.72 m (RSC Energia), used as the frontal reference. */
  diameterM: 2.72,
  /** Assumption: a free-molecular drag coefficient typical of satellites (2.2). */
  cd: 2.2,
} as const;

export const SEPARATION = {
  /** km. SOURCES.md: ~140 km (139.9 km MS-11; 140 km MS-17, TMA-19M, MS-19; NASA '87 miles'). */
  altKm: 140,
} as const;

export const DESCENT_MODULE = {
  /** kg. SOURCES.md: ~2,900 kg (RSC Energia Soyuz TMA; NASA 6,393 lb). Kept constant to touchdown. */
  massKg: 2900,
  /** m. SOURCES.md: ~2.2 m (RSC Energia). */
  diameterM: 2.2,
  /**
   * Hypersonic drag coefficient at trim. Assumption: 1.3, the usual value for blunt capsules
   * at their trim angle (Apollo ~1.3 at Mach > 6; Crew Dragon simulations use 1.23). No
   * Soyuz-specific figure was found in the sources available here.
   */
  cdHypersonic: 1.3,
  /**
   * Hypersonic lift-to-drag ratio. Soyuz flies trimmed by an offset centre of mass and steers by
   * rolling the lift vector (Ivanov & Sobolevskiy, "Descent module of Soyuz space vehicle:
   * 40 years", TsNIIMash; FPSPACE list, 2007-2008); the literature quotes L/D ~0.25-0.3. 0.3 is
   * taken (assumption within that range; no primary figure was available to us).
   */
  liftToDrag: 0.3,
  /** Lift is kept at trim down to this Mach number, then fades to zero by Mach 0.5 (assumption). */
  liftFadeMach: 0.8,
} as const;

export const PARACHUTES = {
  /** km. SOURCES.md: parachute command at 10.7-10.8 km (CSA MS-11; Roscosmos MS-20). */
  drogueAltKm: 10.7,
  /** m/s. SOURCES.md: drogue deploys at ~230 m/s (CSA MS-11; Roscosmos ~0.2 km/s). */
  drogueDeploySpeedMs: 230,
  /** m^2. SOURCES.md: drogue 24 m^2 (CSA MS-11). */
  drogueAreaM2: 24,
  /** m/s. SOURCES.md: the drogue slows the capsule to ~80 m/s (CSA MS-11). */
  drogueSteadySpeedMs: 80,
  /**
   * km. Main canopy opens at ~7.5 km: SpaceFlight101 re-entry profile as quoted on Space
   * Exploration Stack Exchange (https://isolution.pro/q/sy13007399, "at 7.5 km the main chute
   * opens"). Not in SOURCES.md: secondary source.
   */
  mainAltKm: 7.5,
  /** m^2. SOURCES.md: main canopy ~1,000 m^2. */
  mainAreaM2: 1000,
  /** m/s. SOURCES.md: descent under the main canopy 7.2 m/s (CSA; NASA 24 ft/s). */
  mainSteadySpeedMs: 7.2,
  /** s. Assumption: the reefed main canopy reaches full drag area linearly over 15 s. */
  mainOpeningS: 15,
  /** km. SOURCES.md: heat-shield jettison ~5-5.5 km (MS-04 report: 'after reaching 5 km'). */
  heatShieldAltKm: 5,
  /** km. SOURCES.md: soft-landing engines fire ~0.8 m above ground (CSA 0.8 m; NASA 0.79 m). */
  softLandingAltKm: 0.0008,
  /** SOURCES.md: 6 solid motors (the captions say "six"). */
  softLandingMotors: 6,
  /** m/s. SOURCES.md: touchdown at ~1.5 m/s (CSA; NASA 5 ft/s). */
  touchdownSpeedMs: 1.5,
} as const;

/**
 * km above the WGS-84 ellipsoid. Assumption: the steppe south-east of Zhezkazgan where Soyuz
 * lands lies at roughly 300-400 m; 0.35 km is used (not sourced; an input of the simulation).
 */
export const DEFAULT_GROUND_ALT_KM = 0.35;

/** Entry interface, km: the Russian timelines' ~100 km (SOURCES.md: 99.7 km MS-11; NASA TMA-18M '62 miles'). */
export const ENTRY_INTERFACE_KM = 100;

/**
 * Where the guidance takes over the bank angle, km: CSA's MS-11 timeline names one event "plasma
 * entry / guidance start" at 80.4 km (SOURCES.md). Above it the capsule flies the reference bank.
 */
export const GUIDANCE_START_KM = 80.4;

/**
 * Plasma blackout, marked by the altitudes the timelines report (not an electron-density model):
 * entry into plasma at 80.4 km (MS-11) / 80.6 km (MS-17), exit ~35 km (MS-11). SOURCES.md.
 */
export const BLACKOUT = { startAltKm: 80.5, endAltKm: 35 } as const;

export const areaM2 = (diameterM: number): number => Math.PI * diameterM * diameterM * 0.25;

/**
 * Subsonic drag coefficient of the descent module, derived (not assumed) from two sourced
 * figures: the capsule falls at ~230 m/s when the drogue is commanded at 10.7 km, close to its
 * equilibrium speed there, so Cd = 2 m g / (ρ v^2 A).
 */
export const DM_CD_SUBSONIC =
  (2 * DESCENT_MODULE.massKg * G0_MS2) /
  (densityKgM3(PARACHUTES.drogueAltKm) *
    PARACHUTES.drogueDeploySpeedMs ** 2 *
    areaM2(DESCENT_MODULE.diameterM));

/**
 * Drogue drag coefficient, derived: ~80 m/s steady on the drogue (SOURCES.md) at the middle of
 * the drogue leg (~9 km) with the capsule's own subsonic drag counted.
 */
export const DROGUE_CD =
  ((2 * DESCENT_MODULE.massKg * G0_MS2) /
    (densityKgM3((PARACHUTES.drogueAltKm + PARACHUTES.mainAltKm) / 2) *
      PARACHUTES.drogueSteadySpeedMs ** 2) -
    DM_CD_SUBSONIC * areaM2(DESCENT_MODULE.diameterM)) /
  PARACHUTES.drogueAreaM2;

/**
 * Main-canopy drag coefficient, derived from the sourced 7.2 m/s steady descent near the
 * ground (at the default ground height).
 */
export const MAIN_CD =
  ((2 * DESCENT_MODULE.massKg * G0_MS2) /
    (densityKgM3(DEFAULT_GROUND_ALT_KM) * PARACHUTES.mainSteadySpeedMs ** 2) -
    DM_CD_SUBSONIC * areaM2(DESCENT_MODULE.diameterM)) /
  PARACHUTES.mainAreaM2;

/** Descent-module drag coefficient against Mach: subsonic value below 0.8, hypersonic above 3, linear between. */
export function descentModuleCd(mach: number): number {
  if (mach >= 3) return DESCENT_MODULE.cdHypersonic;
  if (mach <= 0.8) return DM_CD_SUBSONIC;
  return DM_CD_SUBSONIC + ((DESCENT_MODULE.cdHypersonic - DM_CD_SUBSONIC) * (mach - 0.8)) / 2.2;
}
