import { describe, expect, it } from 'vitest';
import { CAMERAS } from '../../../../src/clock/clockStore';
import { findMission } from '../../../../src/data/catalog';
import { dot, norm, type Vec3 } from '../../../../src/physics/vec3';
import { replayFor } from '../../../../src/replay/replay';
import { createSceneStateSource } from '../../../../src/replay/sceneState';
import { departingOffsetKm, dockedOffsetKm } from '../../../../src/scene/iss/dockingPort';
import { chaseFraming, FOLLOW, followed } from '../../../../src/scene/camera/followTargets';

const ms19 = replayFor(findMission('soyuz-ms-19-landing')!);
const descent = ms19.descent!;
const ascent = replayFor(findMission('soyuz-ms-22-launch')!).ascent!;
const eventMs = (type: string) => descent.events.find((e) => e.type === type)!.ms;
const touchdownMs = descent.touchdown.ms;

const at = createSceneStateSource();
const returnAt = (ms: number) => at(ms, descent);
const launchAt = (ms: number) => at(ms, null, ascent);
/** chaseFraming's object is reused: take its values. */
const framingAt = (ms: number, launch = false) => ({
  ...chaseFraming(launch ? launchAt(ms) : returnAt(ms)),
});
const sub = (a: Readonly<Vec3>, b: Readonly<Vec3>): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];

describe('followed', () => {
  it('follows the ISS with the station camera, always', () => {
    for (const ms of [descent.burnMs - 600_000, eventMs('main_chute'), touchdownMs + 60_000]) {
      const s = returnAt(ms);
      expect(followed(s, 'iss')).toBe(s.iss!.eci);
    }
    const s = launchAt(ascent.dockingMs - 600_000);
    expect(followed(s, 'iss')).toBe(s.iss!.eci);
  });

  it('waits on the station with the Soyuz camera before the burn where the departure is not modelled', () => {
    const s = returnAt(descent.burnMs - 1);
    const t = followed(s, 'soyuz')!;
    expect(t.r).toEqual(s.iss!.eci.r);
    expect(t.v).toBe(s.iss!.eci.v);
  });

  it('follows the capsule from the burn on', () => {
    const s = returnAt(descent.burnMs + 600_000);
    const t = followed(s, 'soyuz')!;
    expect(t).not.toBe(s.iss!.eci);
    // Bare capsule: aimed at the capsule itself.
    expect(norm(sub(t.r, s.capsule!.drawR))).toBeLessThan(1e-9);
    expect(t.v).toBe(s.capsule!.point.v);
  });

  it('aims above the capsule under a canopy, along its local vertical, leaving it where it is', () => {
    const s = returnAt(eventMs('main_chute') + 60_000);
    const drawR: Vec3 = [...s.capsule!.drawR];
    const lift = chaseFraming(s).liftKm;
    expect(lift).toBeGreaterThan(0);
    const t = followed(s, 'soyuz')!;
    const d = sub(t.r, drawR);
    expect(norm(d)).toBeCloseTo(lift, 9);
    expect(dot(d, drawR) / norm(d) / norm(drawR)).toBeCloseTo(1, 9);
    expect(s.capsule!.drawR).toEqual(drawR);
  });

  it('follows nothing with the Earth, ride-along and ground cameras', () => {
    const s = returnAt(eventMs('main_chute'));
    for (const name of CAMERAS.filter((c) => c !== 'iss' && c !== 'soyuz'))
      expect(followed(s, name)).toBeNull();
  });

  it('follows nothing without a station or a craft', () => {
    const empty = createSceneStateSource([]);
    const s = empty(descent.burnMs - 1, descent);
    expect(s.iss).toBeNull();
    expect(followed(s, 'iss')).toBeNull();
    expect(followed(s, 'soyuz')).toBeNull();
    // The capsule is still followed with no station.
    expect(followed(empty(descent.burnMs + 1000, descent), 'soyuz')).not.toBeNull();
  });

  it('follows the launched Soyuz, aiming below it at the stack on the pad', () => {
    const s = launchAt(ascent.liftoffMs - 60_000);
    const t = followed(s, 'soyuz')!;
    expect(t.v).toBe(s.ascent!.point.v);
    const d = sub(t.r, s.ascent!.drawR);
    expect(norm(d)).toBeCloseTo(-chaseFraming(s).liftKm, 9);
    expect(dot(d, s.ascent!.drawR)).toBeLessThan(0);
  });

  it('puts the docked Soyuz at the docking port, off the station centre', () => {
    const s = launchAt(ascent.dockingMs + 60_000);
    const t = followed(s, 'soyuz')!;
    const port = dockedOffsetKm(s.iss!, [0, 0, 0]);
    expect(norm(port)).toBeGreaterThan(0.005);
    expect(norm(port)).toBeLessThan(0.1);
    const d = sub(t.r, s.iss!.eci.r);
    for (let i = 0; i < 3; i++) expect(d[i]).toBeCloseTo(port[i]!, 9);
  });

  it('moves to the port over the final approach, from the modelled position', () => {
    const early = launchAt(ascent.dockingMs - 20 * 60_000);
    const t = followed(early, 'soyuz')!;
    expect(norm(sub(t.r, early.ascent!.drawR))).toBeLessThan(1e-9);
    const mid = launchAt(ascent.dockingMs - 5 * 60_000);
    const port = dockedOffsetKm(mid.iss!, [0, 0, 0]);
    const tm = followed(mid, 'soyuz')!;
    const d = sub(tm.r, mid.ascent!.drawR);
    for (let i = 0; i < 3; i++) expect(d[i]).toBeCloseTo(port[i]! * mid.ascent!.approach, 9);
    expect(mid.ascent!.approach).toBeGreaterThan(0);
    expect(mid.ascent!.approach).toBeLessThan(1);
  });
});

describe('chaseFraming on a return', () => {
  it('stands back for the whole station before the burn, close on the bare capsule', () => {
    const before = framingAt(descent.burnMs - 600_000);
    const bare = framingAt(eventMs('peak_g'));
    expect(before.liftKm).toBe(0);
    // The station is 74 m long and 109 m across: the whole of it in a 40° view.
    expect(before.distanceKm).toBeGreaterThan(0.1);
    expect(bare.liftKm).toBe(0);
    expect(bare.distanceKm).toBe(FOLLOW.soyuz.backKm);
  });

  it('backs off as the drogue and then the main canopy open, aiming higher', () => {
    const bare = framingAt(eventMs('drogue_chute') - 1);
    const drogue = framingAt(eventMs('drogue_chute') + 10_000);
    const main = framingAt(eventMs('main_chute') + 30_000);
    expect(drogue.distanceKm).toBeGreaterThan(bare.distanceKm);
    expect(main.distanceKm).toBeGreaterThan(drogue.distanceKm);
    expect(drogue.liftKm).toBeGreaterThan(bare.liftKm);
    expect(main.liftKm).toBeGreaterThan(drogue.liftKm);
    // The main canopy hangs on 45 m lines: the aim is about half-way up, and the camera far
    // enough back to see the 36 m canopy and the capsule together.
    expect(main.liftKm).toBeGreaterThan(0.015);
    expect(main.liftKm).toBeLessThan(0.035);
    expect(main.distanceKm).toBeGreaterThan(0.1);
    expect(main.distanceKm).toBeLessThan(0.2);
    // Steady under the canopy.
    expect(framingAt(eventMs('main_chute') + 300_000)).toEqual(main);
  });

  it('changes smoothly as the canopies open and on landing', () => {
    const moments = [eventMs('drogue_chute'), eventMs('main_chute'), touchdownMs];
    for (const t0 of moments) {
      let prev = framingAt(t0 - 100);
      for (let ms = t0; ms < t0 + 12_000; ms += 100) {
        const f = framingAt(ms);
        expect(Math.abs(f.distanceKm - prev.distanceKm)).toBeLessThan(0.005);
        expect(Math.abs(f.liftKm - prev.liftKm)).toBeLessThan(0.002);
        prev = f;
      }
    }
  });

  it('eases in and out over the seconds a canopy takes to open', () => {
    const t0 = eventMs('drogue_chute');
    const bare = framingAt(t0 - 1).distanceKm;
    const open = framingAt(t0 + 10_000).distanceKm;
    const share = (ms: number) => (framingAt(ms).distanceKm - bare) / (open - bare);
    // The drogue opens over about 3 s: slow at first, then settling.
    expect(share(t0 + 300)).toBeGreaterThan(0);
    expect(share(t0 + 300)).toBeLessThan(0.05);
    expect(share(t0 + 1500)).toBeCloseTo(0.5, 9);
    expect(share(t0 + 2700)).toBeGreaterThan(0.95);
    expect(share(t0 + 2700)).toBeLessThan(1);
  });

  it('is close again on the capsule on the ground', () => {
    const landed = framingAt(touchdownMs + 10_000);
    expect(landed.liftKm).toBeCloseTo(0, 12);
    expect(landed.distanceKm).toBeCloseTo(FOLLOW.soyuz.backKm, 12);
    expect(framingAt(touchdownMs + 86_400_000)).toEqual(landed);
  });
});

describe('chaseFraming on a launch', () => {
  it('stands back for the whole rocket on the pad, aimed below the spacecraft', () => {
    const pad = framingAt(ascent.liftoffMs - 60_000, true);
    // The stack is about 50 m tall.
    expect(pad.distanceKm).toBeGreaterThan(0.05);
    expect(pad.liftKm).toBeLessThan(0);
    expect(pad.liftKm).toBeGreaterThan(-0.05);
  });

  it('closes on the spacecraft alone in orbit and backs off on the final approach', () => {
    const pad = framingAt(ascent.liftoffMs - 60_000, true);
    const orbit = framingAt(ascent.insertionMs + 60_000, true);
    const docking = framingAt(ascent.dockingMs, true);
    expect(orbit.liftKm).toBeCloseTo(0, 12);
    expect(orbit.distanceKm).toBeLessThan(pad.distanceKm);
    expect(orbit.distanceKm).toBeCloseTo(FOLLOW.soyuz.backKm, 12);
    expect(docking.distanceKm).toBeGreaterThan(orbit.distanceKm);
    // Smooth through insertion.
    let prev = framingAt(ascent.insertionMs - 100, true);
    for (let ms = ascent.insertionMs; ms < ascent.insertionMs + 8000; ms += 100) {
      const f = framingAt(ms, true);
      expect(Math.abs(f.distanceKm - prev.distanceKm)).toBeLessThan(0.005);
      prev = f;
    }
  });
});

describe('FOLLOW', () => {
  it('frames each craft within its zoom limits', () => {
    for (const spec of Object.values(FOLLOW)) {
      expect(spec.minKm).toBeLessThan(spec.maxKm);
      expect(Math.hypot(spec.backKm, spec.upKm)).toBeGreaterThanOrEqual(spec.minKm);
      expect(Math.hypot(spec.backKm, spec.upKm)).toBeLessThanOrEqual(spec.maxKm);
    }
  });
});

describe('the chase camera leaving the station (MS-19 from Rassvet)', () => {
  const departure = ms19.extras!.departure!;
  const leaving = createSceneStateSource();
  const departAt = (sinceUndockS: number) =>
    leaving(departure.undockMs + sinceUndockS * 1000, descent, null, undefined, ms19.extras);

  it('waits on the station while docked, looking from the side the Sun lights', () => {
    const s = departAt(-30);
    expect(s.soyuz).toBeNull();
    const t = followed(s, 'soyuz')!;
    expect(t.r).toEqual(s.iss!.eci.r);
    const look = t.lookAlong!;
    // 30° off the orbit's line, the camera (at −look) on the Sun's side of the orbit plane.
    const normal = cross(s.iss!.eci.r, s.iss!.eci.v);
    expect(Math.sign(-dot(look, normal))).toBe(Math.sign(dot(s.sunEci, normal)));
    const cosOff = Math.abs(dot(look, s.iss!.eci.v)) / norm(look) / norm(s.iss!.eci.v);
    expect(cosOff).toBeCloseTo(Math.cos(30 * DEG_), 2);
  });

  it('aims half-way between the station and the receding Soyuz, backing off with the range', () => {
    let lastKm = framingAt(0).distanceKm;
    for (const sinceS of [120, 400, 1200, 3600]) {
      const s = departAt(sinceS);
      const port = departingOffsetKm(s.iss!, 'nadir', s.soyuz!.fromPortM, [0, 0, 0]);
      const t = followed(s, 'soyuz')!;
      const aim = sub(t.r, s.iss!.eci.r);
      // Half-way once 30 m out; on the way there before.
      const share = dot(aim, port) / dot(port, port);
      if (s.soyuz!.rangeFromIssM > 30) expect(share).toBeCloseTo(0.5, 9);
      else expect(share).toBeGreaterThan(0.1);
      const km = { ...chaseFraming(s) }.distanceKm;
      expect(km).toBeGreaterThan(lastKm);
      // Far enough back that both are in the picture, each half the range from the middle: the
      // range spans under 80% of the view's height (of a 40° view, its narrower side).
      const range = norm(port);
      expect(range / (2 * km * Math.tan(20 * DEG_))).toBeLessThan(0.8);
      lastKm = km;
    }
  });

  it('starts from the station centre at undocking (no jump from the docked view)', () => {
    const t = followed(departAt(0.5), 'soyuz')!;
    expect(norm(sub(t.r, departAt(0.5).iss!.eci.r))).toBeLessThan(0.001);
  });

  it('hands over to the capsule at the burn', () => {
    const s = leaving(descent.burnMs + 1000, descent, null, undefined, ms19.extras);
    expect(norm(sub(followed(s, 'soyuz')!.r, s.capsule!.drawR))).toBeLessThan(1e-9);
  });
});

const DEG_ = Math.PI / 180;
const cross = (a: Readonly<Vec3>, b: Readonly<Vec3>): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
