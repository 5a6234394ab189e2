import type { SoyuzEffects } from './soyuzEffects';

/**
 * The canopies, the soft-landing motors and the canopy on the ground, as functions of the time
 * since each event (ms; negative before it). Opening and collapse times are the plainest reading
 * of landing films (assumption: the sources give none): the drogue opens in ~3 s, the reefed main
 * in ~8 s; after touchdown the main canopy, still pulling in the wind, goes over downwind (+X,
 * the side the capsule is pulled to) in COLLAPSE_MS and then lies on the steppe.
 */
const COLLAPSE_MS = 8000;
/** The motors burn for a fraction of a second; the flash is drawn over about one second. */
const FLASH_MS = 1000;
/** The dust cloud spreads and settles over this long (assumption). */
const DUST_MS = 7000;

function smooth(x: number): number {
  const c = Math.min(1, Math.max(0, x));
  return c * c * (3 - 2 * c);
}

export interface LandingTimes {
  sinceDrogue: number;
  sinceMain: number;
  sinceEngines: number;
  sinceTouchdown: number;
  /** Height of the capsule's reference point over the ground, m (the ground is at y = −this). */
  aboveGroundM: number;
}

export function placeLandingEffects(e: SoyuzEffects, t: LandingTimes): void {
  const ground = -t.aboveGroundM;
  const drogueOpen = t.sinceDrogue >= 0 && t.sinceMain < 0;
  e.drogue.visible = drogueOpen;
  if (drogueOpen) e.drogue.scale.setScalar(0.3 + 0.7 * smooth(t.sinceDrogue / 3000));

  const mainUp = t.sinceMain >= 0 && t.sinceTouchdown < COLLAPSE_MS;
  e.main.visible = mainUp;
  if (mainUp) {
    const going = smooth(t.sinceTouchdown / COLLAPSE_MS);
    e.main.scale.setScalar((0.3 + 0.7 * smooth(t.sinceMain / 8000)) * (1 - 0.6 * going));
    // Over toward +X (rotating +Y toward +X is a negative turn about Z).
    e.main.rotation.z = -0.5 * Math.PI * 0.95 * going;
  }
  e.groundCanopy.visible = t.sinceTouchdown >= COLLAPSE_MS * 0.8;
  e.groundCanopy.position.y = ground;

  const flashing = t.sinceEngines >= 0 && t.sinceEngines < FLASH_MS;
  e.flash.visible = flashing;
  if (flashing) {
    // The module's base sits at the reference point (Soyuz.tsx lifts it): from there 1.6 m down.
    e.flash.position.y = -0.8;
    const f = 1 - t.sinceEngines / FLASH_MS;
    (e.flash.material as { opacity: number }).opacity = 0.95 * f;
  }
  const dusting = t.sinceEngines >= 0 && t.sinceEngines < DUST_MS;
  e.dust.visible = dusting;
  if (dusting) {
    const s = t.sinceEngines / 1000;
    // Thrown out fast, then drifting: most of its spread in the first second.
    const radius = 3 + 12 * (1 - Math.exp(-s / 0.8));
    e.dust.scale.set(radius, radius * 0.45, radius);
    e.dust.position.y = ground;
    e.dustMaterial.opacity = 0.85 * (1 - t.sinceEngines / DUST_MS);
  }
}
