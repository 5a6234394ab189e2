import { describe, expect, it } from 'vitest';
import { findMission } from '../../../src/data/catalog';
import { issTlesFor } from '../../../src/data/issTles';
import { parseUtc } from '../../../src/physics/time';
import { replayFor } from '../../../src/replay/replay';
import { createSceneStateSource } from '../../../src/replay/sceneState';
import { MODULE_PART_MPS } from '../../../src/replay/moduleSeparation';

function sceneFor(id: string) {
  const mission = findMission(id)!;
  const replay = replayFor(mission);
  const at = createSceneStateSource();
  const tles = issTlesFor(mission);
  const eventMs = (type: string) => replay.descent!.events.find((e) => e.type === type)!.ms;
  return {
    replay,
    eventMs,
    at: (ms: number) => at(ms, replay.descent, null, tles, replay.extras),
  };
}

const ms19 = sceneFor('soyuz-ms-19-landing');
const undockMs = parseUtc('2022-03-30T07:21:03Z');

describe('the returning Soyuz (MS-19, from Rassvet nadir)', () => {
  it('is null before undocking and at the docked position at undocking', () => {
    expect(ms19.at(undockMs - 1000).soyuz).toBeNull();
    const s = ms19.at(undockMs).soyuz!;
    expect(s.rangeFromIssM).toBe(0);
    expect(s.phase).toBe('undocking');
    expect(s.port).toBe('nadir');
  });

  it('backs away at the springs’ 0.12 m/s, downwards from a nadir port, until burn 1', () => {
    const s = ms19.at(undockMs + 60_000).soyuz!;
    // Over a minute orbital mechanics bends the path by centimetres only.
    expect(s.rangeFromIssM).toBeCloseTo(7.2, 0);
    expect(s.fromPortM![0]).toBeLessThan(-6);
    expect(ms19.at(undockMs + 181_000).soyuz!.phase).toBe('separation_burn_1');
    expect(ms19.at(undockMs + 400_000).soyuz!.phase).toBe('separation_burn_2');
  });

  it('stays nose to the station while near it, and flies engine first through the burn', () => {
    expect(ms19.at(undockMs + 60_000).soyuz!.tiltDeg).toBeCloseTo(0, 5);
    const burn = ms19.at(ms19.replay.descent!.burnMs + 60_000).soyuz!;
    expect(burn.nose[0]).toBeCloseTo(-1, 5);
    expect(burn.tiltDeg).toBeCloseTo(90, 5);
  });

  it('measures the range from the station once descending, continuously across the burn', () => {
    const burnMs = ms19.replay.descent!.burnMs;
    // The state is overwritten in place per instant: read each before asking for the next.
    const before = ms19.at(burnMs - 1).soyuz!;
    expect(before.fromPortM).not.toBeNull();
    const rangeBefore = before.rangeFromIssM;
    const after = ms19.at(burnMs).soyuz!;
    expect(after.fromPortM).toBeNull();
    // The docked position and the station's centre differ by the port's ~15 m, nothing more.
    expect(Math.abs(after.rangeFromIssM - rangeBefore)).toBeLessThan(30);
  });

  it('parts the modules after separation, and not before', () => {
    const sep = ms19.eventMs('module_separation');
    expect(ms19.at(sep - 1000).soyuz!.modulesApartM).toBe(0);
    expect(ms19.at(sep + 10_000).soyuz!.modulesApartM).toBeCloseTo(10 * MODULE_PART_MPS, 6);
    const m = ms19.at(sep + 10_000).soyuz!.modules;
    // Along the ship's axis, on opposite sides of the descent module.
    const dot = m.orbitalM[0] * m.serviceM[0] + m.orbitalM[1] * m.serviceM[1];
    expect(dot).toBeLessThan(0);
  });

  it('glows in the heating only: plasma 0 in orbit and under the canopy, near 1 at its peak', () => {
    const d = ms19.replay.descent!;
    expect(ms19.at(d.burnMs + 60_000).capsule!.plasma).toBe(0);
    expect(ms19.at(ms19.eventMs('main_chute')).capsule!.plasma).toBe(0);
    let peak = 0;
    for (let ms = ms19.eventMs('entry_interface'); ms < ms19.eventMs('drogue_chute'); ms += 5000)
      peak = Math.max(peak, ms19.at(ms).capsule!.plasma);
    expect(peak).toBeGreaterThan(0.95);
    const mid = (ms19.eventMs('blackout_start') + ms19.eventMs('blackout_end')) / 2;
    expect(ms19.at(mid).capsule!.plasma).toBeGreaterThan(0.3);
  });

  it('hangs at 30° under the main canopy, then vertical, then lies on its side (tipped)', () => {
    const main = ms19.eventMs('main_chute');
    expect(ms19.at(main + 20_000).capsule!.tiltDeg).toBeCloseTo(30, 3);
    expect(ms19.at(ms19.eventMs('heat_shield_jettison') + 10_000).capsule!.tiltDeg).toBeCloseTo(
      0,
      3,
    );
    const td = ms19.replay.descent!.touchdown.ms;
    // Landed upright, then the wind in the canopy tipped it over (UPI).
    expect(ms19.at(td + 1000).capsule!.tiltDeg).toBeLessThan(5);
    expect(ms19.at(td + 60_000).capsule!.tiltDeg).toBeCloseTo(90, 3);
  });
});

describe('the returning Soyuz elsewhere', () => {
  it('leaves Poisk (a zenith port) upwards, nose down to the station', () => {
    const tma18m = sceneFor('soyuz-tma-18m-landing');
    const u = parseUtc('2016-03-02T01:02:30Z');
    const s = tma18m.at(u + 60_000).soyuz!;
    expect(s.port).toBe('zenith');
    expect(s.fromPortM![0]).toBeGreaterThan(6);
    expect(s.tiltDeg).toBeCloseTo(180, 5);
  });

  it('stays upright where the sources give no rest attitude (MS-11)', () => {
    const ms11 = sceneFor('soyuz-ms-11-landing');
    const td = ms11.replay.descent!.touchdown.ms;
    expect(ms11.at(td + 60_000).capsule!.tiltDeg).toBeLessThan(1);
  });

  it('comes to rest on its side where the sources say so (MS-23)', () => {
    const ms23 = sceneFor('soyuz-ms-23-landing');
    const d = ms23.replay.descent;
    if (!d) return expect(ms23.replay.unavailable).not.toBeNull();
    expect(ms23.at(d.touchdown.ms + 30_000).capsule!.tiltDeg).toBeCloseTo(90, 3);
  });
});
