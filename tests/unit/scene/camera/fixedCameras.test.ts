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
  groundObserver,
  isFixedCamera,
  type Pose,
} from '../../../../src/scene/camera/fixedCameras';
import { setSceneVector } from '../../../../src/scene/sceneVectors';

const ms19 = findMission('soyuz-ms-19-landing')!;
const ms22 = findMission('soyuz-ms-22-launch')!;
const descent = replayFor(ms19).descent!;
const ascent = replayFor(ms22).ascent!;
const aim = landingAim(ms19)!;
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
  it('stands on the landing aim for a return', () => {
    expect(groundObserver(ms19, aim)).toBe(aim);
    // The aim wins even where the mission has a pad.
    expect(groundObserver(ms22, aim)).toBe(aim);
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
  it('stands at the landing site at eye height, upright, looking at the capsule', () => {
    const s = at(eventMs('main_chute') + 60_000, descent);
    const pose = fixedPose(s, 'ground', aim)!;
    const place = placeOf(pose.position, s);
    expect(
      haversineKm(place.lat * DEG, place.lon * DEG, aim.lat * DEG, aim.lon * DEG),
    ).toBeLessThan(0.01);
    // On the drawn (bare ellipsoid) ground, at a person's eye height.
    expect(place.altKm).toBeGreaterThan(0.001);
    expect(place.altKm).toBeLessThan(0.003);
    // Up is the local vertical (radial).
    expect(pose.up.length()).toBeCloseTo(1, 12);
    expect(pose.up.angleTo(pose.position)).toBeLessThan(1e-12);
    // Looking at the drawn capsule, which is up in the sky under its canopy.
    expect(pose.target.distanceTo(scene(s.capsule!.drawR))).toBeLessThan(1e-9);
    const look = pose.target.clone().sub(pose.position).normalize();
    expect(look.dot(pose.up)).toBeGreaterThan(0);
  });

  it('turns with Earth: the same ground point at another instant, elsewhere in inertial space', () => {
    const s1 = at(eventMs('main_chute'), descent);
    const p1 = copy(fixedPose(s1, 'ground', aim)!);
    const place1 = placeOf(p1.position, s1);
    const s2 = at(eventMs('main_chute') + 3_600_000, descent);
    const p2 = fixedPose(s2, 'ground', aim)!;
    const place2 = placeOf(p2.position, s2);
    expect(place2.lat).toBeCloseTo(place1.lat, 9);
    expect(place2.lon).toBeCloseTo(place1.lon, 9);
    expect(p2.position.distanceTo(p1.position)).toBeGreaterThan(500);
  });

  it('looks straight up, leaning a hair north, before anything comes', () => {
    const s = at(descent.burnMs - 600_000, descent);
    expect(s.capsule).toBeNull();
    const pose = fixedPose(s, 'ground', aim)!;
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
    expect(pose.target.distanceTo(scene(s.ascent!.drawR))).toBeLessThan(1e-9);
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
