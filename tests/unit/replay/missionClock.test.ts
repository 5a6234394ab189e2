import { describe, expect, it } from 'vitest';
import { findMission } from '../../../src/data/catalog';
import { mergeEvents, missionClock, reportedEvents } from '../../../src/replay/missionClock';
import { replayFor } from '../../../src/replay/replay';

const ms19 = findMission('soyuz-ms-19-landing')!;

describe('mission clock', () => {
  it('pairs each modelled event with the time the sources report for it', () => {
    const events = missionClock(ms19).events;
    const touchdown = events.find((e) => e.type === 'touchdown')!;
    expect(touchdown.modelledMs).not.toBeNull();
    expect(touchdown.reported?.type).toBe('landing');
    expect(touchdown.reported?.utcMs).toBe(Date.UTC(2022, 2, 30, 11, 28, 3));
    const burn = events.find((e) => e.type === 'deorbit_burn_start')!;
    expect(burn.reported?.status).toMatch(/actual/);
    // Undocking is known only from the sources.
    const undock = events.find((e) => e.type === 'undocking')!;
    expect(undock.modelledMs).toBeNull();
    // Sorted by time, and no reported event used twice.
    for (let i = 1; i < events.length; i++) {
      expect(events[i]!.utcMs).toBeGreaterThanOrEqual(events[i - 1]!.utcMs);
    }
    const reportedUses = events.filter((e) => e.reported).map((e) => e.reported);
    expect(new Set(reportedUses).size).toBe(reportedUses.length);
  });

  it('covers undocking to well after touchdown, opening five minutes before the burn', () => {
    const c = missionClock(ms19);
    const undock = c.events.find((e) => e.type === 'undocking')!;
    const touchdown = c.events.find((e) => e.type === 'touchdown')!;
    expect(c.range.startMs).toBeLessThan(undock.utcMs);
    expect(c.range.endMs).toBeGreaterThan(touchdown.utcMs + 20 * 60_000);
    expect(c.openingMs).toBe(Date.UTC(2022, 2, 30, 10, 29));
  });

  it('keeps only reported events for a mission without a modelled descent', () => {
    const launch = findMission('soyuz-ms-22-launch')!;
    expect(replayFor(launch).descent).toBeNull();
    const events = mergeEvents(reportedEvents(launch), null);
    expect(events.every((e) => e.modelledMs === null)).toBe(true);
    expect(events.map((e) => e.type)).toContain('launch');
  });
});
