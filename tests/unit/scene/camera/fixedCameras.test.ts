import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { CAMERAS } from '../../../../src/clock/clockStore';
import { findMission } from '../../../../src/data/catalog';
import { DEG } from '../../../../src/physics/constants';
import { ecefToGeodetic, eciToEcef, haversineKm } from '../../../../src/physics/frames';
import type { Vec3 } from '../../../../src/physics/vec3';
import { landingAim, replayFor } from '../../../../src/replay/replay';
import { createSceneStateSource, type SceneState } from '../../../../src/replay/sceneState';
import {
  fixedPose,
  groundLensFovDeg,
  groundObserver,
  isFixedCamera,
  LENS_FOV_DEG,
  type Pose,
} from '../../../../src/scene/camera/fixedCameras';
import { setSceneVector } from '../../../../src/scene/sceneVectors';

const ms19 = findMission('soyuz-ms-19-landing')!;
const ms22 = findMission('soyuz-ms-22-launch')!;
const descent = replayFor(ms19).descent!;
const ascent = replayFor(ms22).ascent!;
const aim = landingAim(ms19)!;
const touchdown = descent.touchdown;
/** The recovery-team observer of the MS-19 return. */
const observer19 = groundObserver(ms19, touchdown)!;
const eventMs = (type: string) => descent.events.find((e) => e.type === type)!.ms;

const at = createSceneStateSource();
/** Scene (y north) back to the physics frame (z north). */
const physics = (v: Vector3): Vec3 => [v.x, -v.z, v.y];
const scene = (r: Readonly<Vec3>) => setSceneVector(new Vector3(), r);
const copy = (p: Pose): Pose => ({
  position: p.position.clone(),
  target: p.target.clone(),
  up: p.up.clone(),
});
/** Geodetic place of a scene point at the state's instant (lat, lon in degrees). */
const placeOf = (v: Vector3, s: SceneState) => {
  const g = ecefToGeodetic(eciToEcef(physics(v), s.gmst));
  return { lat: g.lat / DEG, lon: g.lon / DEG, altKm: g.altKm };
};

describe('isFixedCamera', () => {
  it('is true for the ride-along and ground cameras only', () => {
    expect(CAMERAS.filter(isFixedCamera)).toEqual(['ride', 'ground']);
  });
});

describe('groundObserver', () => {
  it('stands about 200 m south of the modelled touchdown for a return', () => {
    const o = groundObserver(ms19, touchdown)!;
    expect(o.lon).toBe(touchdown.lon);
    expect(o.lat).toBeLessThan(touchdown.lat);
    const km = haversineKm(o.lat * DEG, o.lon * DEG, touchdown.lat * DEG, touchdown.lon * DEG);
    expect(km).toBeCloseTo(0.2, 3);
    // The touchdown wins even where the mission has a pad.
    expect(groundObserver(ms22, touchdown)).toEqual(o);
    // Not the aim point: the model came down kilometres from it.
    expect(haversineKm(o.lat * DEG, o.lon * DEG, aim.lat * DEG, aim.lon * DEG)).toBeGreaterThan(1);
  });

  it('stands a kilometre or two south of the pad for a launch', () => {
    const o = groundObserver(ms22, null)!;
    const { pad_lat, pad_lon } = ms22.launch!;
    expect(o.lon).toBe(pad_lon);
    expect(o.lat).toBeLessThan(pad_lat!);
    const km = haversineKm(o.lat * DEG, o.lon * DEG, pad_lat! * DEG, pad_lon! * DEG);
    expect(km).toBeGreaterThan(1);
    expect(km).toBeLessThan(2.5);
  });

  it('is nowhere without an aim or a pad', () => {
    expect(groundObserver(null, null)).toBeNull();
    expect(groundObserver({ launch: undefined }, null)).toBeNull();
    expect(groundObserver({ launch: { ...ms22.launch!, pad_lat: undefined } }, null)).toBeNull();
  });
});

describe('fixedPose: the ground camera', () => {
  it('stands near the touchdown at eye height, upright, looking at the capsule and canopy', () => {
    const s = at(eventMs('main_chute') + 60_000, descent);
    const pose = fixedPose(s, 'ground', observer19)!;
    const place = placeOf(pose.position, s);
    const o = observer19;
    expect(haversineKm(place.lat * DEG, place.lon * DEG, o.lat * DEG, o.lon * DEG)).toBeLessThan(
      0.001,
    );
    // On the drawn (bare ellipsoid) ground, at a person's eye height.
    expect(place.altKm).toBeGreaterThan(0.001);
    expect(place.altKm).toBeLessThan(0.003);
    // Up is the local vertical (radial).
    expect(pose.up.length()).toBeCloseTo(1, 12);
    expect(pose.up.angleTo(pose.position)).toBeLessThan(1e-12);
    // Looking at the drawn capsule, which is up in the sky under its canopy: at the middle of
    // the two, straight above the capsule by less than the lines' length.
    const capsule = scene(s.capsule!.drawR);
    const lift = pose.target.clone().sub(capsule);
    expect(lift.length()).toBeGreaterThan(0.01);
    expect(lift.length()).toBeLessThan(0.04);
    expect(lift.angleTo(capsule)).toBeLessThan(1e-6);
    const look = pose.target.clone().sub(pose.position).normalize();
    expect(look.dot(pose.up)).toBeGreaterThan(0);
  });

  it('turns with Earth: the same ground point at another instant, elsewhere in inertial space', () => {
    const s1 = at(eventMs('main_chute'), descent);
    const p1 = copy(fixedPose(s1, 'ground', observer19)!);
    const place1 = placeOf(p1.position, s1);
    const s2 = at(eventMs('main_chute') + 3_600_000, descent);
    const p2 = fixedPose(s2, 'ground', observer19)!;
    const place2 = placeOf(p2.position, s2);
    expect(place2.lat).toBeCloseTo(place1.lat, 9);
    expect(place2.lon).toBeCloseTo(place1.lon, 9);
    expect(p2.position.distanceTo(p1.position)).toBeGreaterThan(500);
  });

  it('looks straight up, leaning a hair north, before anything comes', () => {
    const s = at(descent.burnMs - 600_000, descent);
    expect(s.capsule).toBeNull();
    const pose = fixedPose(s, 'ground', observer19)!;
    const look = pose.target.clone().sub(pose.position);
    expect(look.angleTo(pose.up)).toBeLessThan(0.1 * DEG);
    // Not exactly along up (a degenerate look-at), and the lean is to the north (+y).
    const lean = look.clone().addScaledVector(pose.up, -look.dot(pose.up));
    expect(lean.length()).toBeGreaterThan(0);
    const north = new Vector3(0, 1, 0).addScaledVector(pose.up, -pose.up.y).normalize();
    expect(lean.normalize().dot(north)).toBeGreaterThan(0.99);
  });

  it('watches the launch from south of the pad', () => {
    const s = at(ascent.liftoffMs + 30_000, null, ascent);
    const observer = groundObserver(ms22, null);
    const pose = fixedPose(s, 'ground', observer)!;
    // At the middle of the climbing stack, a little below the spacecraft on top.
    expect(pose.target.distanceTo(scene(s.ascent!.drawR))).toBeLessThan(0.03);
    const look = pose.target.clone().sub(pose.position).normalize();
    expect(look.dot(pose.up)).toBeGreaterThan(0);
    // The rocket climbs north-east of the observer: the look leans north.
    const north = new Vector3(0, 1, 0).addScaledVector(pose.up, -pose.up.y).normalize();
    expect(look.dot(north)).toBeGreaterThan(0);
  });

  it('is null without an observer', () => {
    expect(fixedPose(at(descent.burnMs, descent), 'ground', null)).toBeNull();
  });
});

describe('groundLensFovDeg: the tracking long lens', () => {
  /** Share of the frame's height a span of `km` takes at the pose's distance. */
  const fill = (pose: Pose, km: number, fov: number) =>
    (2 * Math.atan(km / 2 / pose.position.distanceTo(pose.target))) / (fov * DEG);

  it('keeps the landed capsule and canopy a third of the frame high, from 200 m', () => {
    const s = at(touchdown.ms + 60_000, descent);
    const pose = fixedPose(s, 'ground', observer19)!;
    expect(pose.position.distanceTo(pose.target)).toBeCloseTo(0.2, 1);
    const fov = groundLensFovDeg(s, pose)!;
    expect(fill(pose, 0.015, fov)).toBeCloseTo(1 / 3, 2);
    expect(fov).toBeGreaterThan(5);
    expect(fov).toBeLessThan(20);
  });

  it('frames the rocket on the pad from the viewing ground, about 1.7 km off', () => {
    const s = at(ascent.liftoffMs - 5_000, null, ascent);
    const pose = fixedPose(s, 'ground', groundObserver(ms22, null))!;
    const fov = groundLensFovDeg(s, pose)!;
    expect(fill(pose, 0.05, fov)).toBeCloseTo(1 / 3, 2);
  });

  it('stays within a telephoto-to-normal range', () => {
    // High up in the entry, kilometres away: a bare capsule is a dot even at the longest lens.
    const far = at(eventMs('drogue_chute') - 60_000, descent);
    expect(groundLensFovDeg(far, fixedPose(far, 'ground', observer19)!)).toBe(LENS_FOV_DEG.min);
    // A pose a few metres off: as wide as the lens goes.
    const s = at(touchdown.ms + 60_000, descent);
    const near = copy(fixedPose(s, 'ground', observer19)!);
    near.position.lerp(near.target, 0.99);
    expect(groundLensFovDeg(s, near)).toBe(LENS_FOV_DEG.max);
  });

  it('has nothing to frame before the capsule comes (the normal lens then)', () => {
    const s = at(descent.burnMs - 600_000, descent);
    expect(groundLensFovDeg(s, fixedPose(s, 'ground', observer19)!)).toBeNull();
  });
});

describe('fixedPose: the ride-along camera', () => {
  it('is null with no craft to ride', () => {
    expect(fixedPose(at(descent.burnMs - 1, descent), 'ride', aim)).toBeNull();
    expect(fixedPose(at(descent.burnMs - 1), 'ride', null)).toBeNull();
  });

  it.each([
    ['after the burn', () => descent.burnMs + 600_000],
    ['in the plasma', () => eventMs('peak_g')],
    ['under the main canopy', () => eventMs('main_chute') + 120_000],
  ])('%s: just above and behind the capsule, looking ahead and a little down', (_, when) => {
    const s = at(when(), descent);
    const pose = fixedPose(s, 'ride', null)!;
    const craft = scene(s.capsule!.drawR);
    const up = craft.clone().normalize();
    // Up is the local vertical.
    expect(pose.up.distanceTo(up)).toBeLessThan(1e-12);
    // Ahead: the velocity's horizontal part.
    const v = scene(s.capsule!.point.v);
    const ahead = v.clone().addScaledVector(up, -v.dot(up)).normalize();
    const offset = pose.position.clone().sub(craft);
    expect(offset.dot(up)).toBeGreaterThan(0);
    expect(offset.dot(ahead)).toBeLessThan(0);
    expect(offset.length()).toBeLessThan(0.02);
    // Looking along the track, pitched a few degrees down toward the horizon.
    const look = pose.target.clone().sub(pose.position).normalize();
    const horizontal = look.clone().addScaledVector(up, -look.dot(up)).normalize();
    expect(horizontal.dot(ahead)).toBeGreaterThan(1 - 1e-9);
    const pitch = Math.asin(look.dot(up)) / DEG;
    expect(pitch).toBeLessThan(-2);
    expect(pitch).toBeGreaterThan(-15);
  });

  it('rides the launched Soyuz too', () => {
    const s = at(ascent.liftoffMs + 120_000, null, ascent);
    const pose = fixedPose(s, 'ride', null)!;
    const craft = scene(s.ascent!.drawR);
    expect(pose.position.distanceTo(craft)).toBeLessThan(0.02);
    expect(pose.up.distanceTo(craft.clone().normalize())).toBeLessThan(1e-12);
  });

  it('still looks out along the horizon, northward, when the velocity is straight up', () => {
    const s = at(descent.burnMs + 600_000, descent);
    const c = s.capsule!;
    // Over the equator on the x axis, rising vertically: no horizontal velocity at all.
    const straightUp: SceneState = {
      ...s,
      capsule: { ...c, drawR: [6500, 0, 0], point: { ...c.point, v: [0.1, 0, 0] } },
    };
    const pose = fixedPose(straightUp, 'ride', null)!;
    const look = pose.target.clone().sub(pose.position).normalize();
    expect(Number.isFinite(look.length())).toBe(true);
    const horizontal = look.clone().addScaledVector(pose.up, -look.dot(pose.up));
    expect(horizontal.length()).toBeGreaterThan(0.9);
    // Scene y is north.
    expect(horizontal.normalize().y).toBeGreaterThan(0.99);
  });

  it('uses the capsule during a return even when a launch is also given', () => {
    const ms = descent.burnMs + 600_000;
    const s = at(ms, descent, ascent);
    const pose = fixedPose(s, 'ride', null)!;
    expect(pose.position.distanceTo(scene(s.capsule!.drawR))).toBeLessThan(0.02);
  });
});

describe('fixedPose: the ride-along camera leaving the station', () => {
  const tma18m = replayFor(findMission('soyuz-tma-18m-landing')!);
  const cases = [
    ['MS-19 from Rassvet (nadir)', replayFor(ms19), -1],
    ['TMA-18M from Poisk (zenith)', tma18m, 1],
  ] as const;
  const leaving = createSceneStateSource();

  it.each(cases)('%s: on the nose, looking back up the docking axis at the port', (_, r, side) => {
    const d = r.extras!.departure!;
    const stateAt = (sinceS: number) =>
      leaving(d.undockMs + sinceS * 1000, r.descent, null, undefined, r.extras);
    let lastKm = 0;
    for (const sinceS of [30, 120, 600]) {
      const s = stateAt(sinceS);
      const pose = copy(fixedPose(s, 'ride', null)!);
      const station = scene(s.iss!.eci.r);
      const up = station.clone().normalize();
      const fromStation = pose.position.clone().sub(station);
      // Below the station from a nadir port, above it from a zenith one.
      expect(Math.sign(fromStation.dot(up))).toBe(side);
      // Looking at the port: toward the station, the line of sight never along the camera's up.
      const look = pose.target.clone().sub(pose.position).normalize();
      expect(look.dot(up) * side).toBeLessThan(0);
      expect(Math.abs(look.dot(pose.up.clone().normalize()))).toBeLessThan(0.95);
      // Receding: further from the station each time.
      const km = pose.position.distanceTo(pose.target);
      expect(km).toBeGreaterThan(lastKm);
      lastKm = km;
    }
    // Half a minute out, about 0.12 m/s x 30 s from the port.
    const first = copy(fixedPose(stateAt(30), 'ride', null)!);
    expect(first.position.distanceTo(first.target) * 1000).toBeGreaterThan(3);
    expect(first.position.distanceTo(first.target) * 1000).toBeLessThan(4.5);
  });

  it('differs from the chase view: from the Soyuz, not from behind the station', () => {
    const r = replayFor(ms19);
    const s = leaving(
      r.extras!.departure!.undockMs + 120_000,
      r.descent,
      null,
      undefined,
      r.extras,
    );
    const pose = fixedPose(s, 'ride', null)!;
    expect(pose.position.distanceTo(scene(s.iss!.eci.r)) * 1000).toBeLessThan(40);
  });
});
