import { describe, expect, it } from 'vitest';
import { findMission } from '../../../src/data/catalog';
import { nearestTle } from '../../../src/data/issTles';
import { ecefToGeodetic, eciToEcef } from '../../../src/physics/frames';
import { propagateTeme } from '../../../src/physics/sgp4';
import { gmstRad, parseUtc } from '../../../src/physics/time';
import { nextEvent } from '../../../src/clock/events';
import { missionClock } from '../../../src/replay/missionClock';
import { replayFor } from '../../../src/replay/replay';
import { createSceneStateSource } from '../../../src/replay/sceneState';
import { telemetryText } from '../../../src/ui/telemetry/telemetryFields';

const ms22 = findMission('soyuz-ms-22-launch')!;
const reportedMs = (name: string) =>
  parseUtc(ms22.timeline.find((e) => e.event === name)!.time_utc!);
const liftoffMs = parseUtc(ms22.launch!.time_utc);
const dockingMs = reportedMs('docking');
const replay = replayFor(ms22);
const ascent = replay.ascent!;
const clock = missionClock(ms22);
const sceneAt = createSceneStateSource();
const at = (ms: number) => sceneAt(ms, null, ascent);

describe('Soyuz MS-22 launch replay (approximate ascent)', () => {
  it('is simulated from the sourced lift-off and docking times', () => {
    expect(replay.unavailable).toBeNull();
    expect(replay.descent).toBeNull();
    expect(ascent.approximate).toBe(true);
    expect(ascent.liftoffMs).toBe(liftoffMs);
    expect(ascent.dockingMs).toBe(dockingMs);
    // Insertion is reported to the minute (14:03); the nominal T+529.2 s falls inside it.
    const reported = reportedMs('orbit_insertion_spacecraft_separation');
    expect(ascent.insertionMs).toBeGreaterThanOrEqual(reported);
    expect(ascent.insertionMs).toBeLessThan(reported + 60_000);
  });

  it('pairs launch, insertion and docking with the reported times on the timeline', () => {
    const byType = (t: string) => clock.events.find((e) => e.type === t)!;
    expect(byType('launch').reported?.utcMs).toBe(liftoffMs);
    expect(byType('launch').modelledMs).toBe(liftoffMs);
    expect(byType('orbit_insertion').reported?.type).toBe('orbit_insertion_spacecraft_separation');
    expect(byType('orbit_insertion').reported?.status).toMatch(/minute/);
    expect(byType('docking').reported?.utcMs).toBe(dockingMs);
    // Each reported event is used once: no stray unpaired duplicates.
    expect(clock.events.filter((e) => e.modelledMs === null)).toEqual([]);
    expect(clock.events.map((e) => e.type)).toEqual([
      'launch',
      'first_stage_separation',
      'fairing_jettison',
      'second_stage_separation',
      'third_stage_cutoff',
      'orbit_insertion',
      'docking',
    ]);
  });

  it('opens five minutes before lift-off, in a range from the pad to well after docking', () => {
    expect(clock.openingMs).toBe(liftoffMs - 5 * 60_000);
    expect(clock.range.startMs).toBeLessThan(clock.openingMs);
    expect(clock.range.endMs).toBeGreaterThan(dockingMs + 20 * 60_000);
    expect(nextEvent(clock.events, clock.openingMs)?.type).toBe('launch');
  });

  it('stands on the pad before lift-off', () => {
    const s = at(liftoffMs - 60_000).ascent!;
    expect(s.phase).toBe('on_pad');
    expect(Math.abs(s.point.lat - ms22.launch!.pad_lat!)).toBeLessThan(0.01);
    expect(Math.abs(s.point.lon - ms22.launch!.pad_lon!)).toBeLessThan(0.01);
    expect(s.point.altKm).toBeLessThan(0.2);
  });

  it('is at ~200 km and ~7.8 km/s at orbit insertion', () => {
    const s = at(ascent.insertionMs).ascent!;
    expect(s.phase).toBe('orbit_insertion');
    expect(Math.abs(s.point.altKm - 200)).toBeLessThan(5);
    expect(Math.abs(s.point.speed - 7.8)).toBeLessThan(0.1);
  });

  it('arrives on the ISS (its SGP4 position) at docking and stays with it', () => {
    const tle = nearestTle(dockingMs)!;
    for (const ms of [dockingMs, dockingMs + 7000, dockingMs + 20 * 60_000]) {
      const s = at(ms);
      const iss = propagateTeme(tle, ms);
      const r = s.ascent!.point.r;
      const d = Math.hypot(r[0] - iss.r[0], r[1] - iss.r[1], r[2] - iss.r[2]);
      expect(d).toBeLessThan(3);
      expect(s.ascent!.docked).toBe(true);
      expect(s.ascent!.approach).toBe(1);
    }
  });

  it('climbs over Kazakhstan three minutes after lift-off', () => {
    const s = at(parseUtc('2022-09-21T13:58:00Z')).ascent!;
    expect(s.point.altKm).toBeGreaterThan(60);
    expect(s.point.altKm).toBeLessThan(200);
    const geo = ecefToGeodetic(eciToEcef(s.point.r, gmstRad(s.point.ms)));
    expect(geo.lat / (Math.PI / 180)).toBeCloseTo(s.point.lat, 3);
    expect(s.point.lat).toBeGreaterThan(41);
    expect(s.point.lat).toBeLessThan(55);
    expect(s.point.lon).toBeGreaterThan(47);
    expect(s.point.lon).toBeLessThan(87);
  });

  it('shows approximate ascent telemetry with countdowns and mission time since launch', () => {
    const t = telemetryText({
      utcMs: parseUtc('2022-09-21T13:58:00Z'),
      missionId: ms22.id,
      events: clock.events,
    });
    expect(t.subject).toBe('ascent');
    expect(t.fields.phase).toBe('Fairing jettisoned');
    expect(t.fields.alt).toMatch(/^\d+\.\d km$/);
    expect(t.fields.tti).toMatch(/^5:\d\d$/);
    expect(t.fields.ttdock).toMatch(/^3:0\d:\d\d$/);
    expect(t.fields.met).toBe('3:10');
    expect(t.labels.met).toBe('Since launch');
    const docked = telemetryText({
      utcMs: dockingMs + 60_000,
      missionId: ms22.id,
      events: clock.events,
    });
    expect(docked.fields.ttdock).toBe('docked');
    expect(docked.fields.tti).toBe('in orbit');
  });
});
