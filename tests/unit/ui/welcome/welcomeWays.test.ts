import { describe, expect, it } from 'vitest';
import { findMission } from '../../../../src/data/catalog';
import type { MissionRecord } from '../../../../src/data/schema';
import { availableWays, longStay, WAYS } from '../../../../src/ui/welcome/welcomeWays';

describe('the welcome’s ways in', () => {
  it('are the MS-19 return, the TMA-18M return and the MS-22 launch, all in the catalogue', () => {
    expect(WAYS.map((w) => w.missionId)).toEqual([
      'soyuz-ms-19-landing',
      'soyuz-tma-18m-landing',
      'soyuz-ms-22-launch',
    ]);
    expect(availableWays().map((w) => w.mission.id)).toEqual(WAYS.map((w) => w.missionId));
  });
});

describe('longStay', () => {
  it('reads the year-long crew and their days from the TMA-18M notes', () => {
    const m = findMission('soyuz-tma-18m-landing')!;
    const note = m.notes!.find((n) => n.includes('days in space'))!;
    const stay = longStay(m)!;
    // The figure is the one the note states, and the crew are those the note names.
    expect(note).toContain(`${stay.days} days in space`);
    expect(stay.crew).toHaveLength(2);
    for (const c of stay.crew) expect(m.crew).toContain(c);
    expect(stay.crew.some((c) => c.startsWith('Sergey Volkov'))).toBe(false);
  });

  it('reads “Vande Hei & Dubrov: 355 days in space” the same way', () => {
    const m = findMission('soyuz-ms-19-landing')!;
    const stay = longStay(m)!;
    expect(m.notes!.some((n) => n.includes(`${stay.days} days in space`))).toBe(true);
    expect(stay.crew.map((c) => c.split(' (')[0])).toEqual(['Pyotr Dubrov', 'Mark Vande Hei']);
  });

  it('gives null for a mission whose notes state no such figure', () => {
    expect(longStay(findMission('soyuz-ms-22-launch')!)).toBeNull();
    const noNotes = { ...findMission('soyuz-tma-18m-landing')!, notes: undefined } as MissionRecord;
    expect(longStay(noNotes)).toBeNull();
  });
});
