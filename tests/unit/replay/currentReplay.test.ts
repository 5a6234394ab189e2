import { describe, expect, it } from 'vitest';
import { findMission } from '../../../src/data/catalog';
import { issTles } from '../../../src/data/issTles';
import { userMissions } from '../../../src/data/userMissions';
import type { MissionRecord } from '../../../src/data/schema';
import { currentReplay, sceneOfClock } from '../../../src/replay/currentReplay';
import { replayFor } from '../../../src/replay/replay';
import { createSceneStateSource } from '../../../src/replay/sceneState';

const MS19 = 'soyuz-ms-19-landing';
const MS22 = 'soyuz-ms-22-launch';

describe('currentReplay', () => {
  it('derives the mission and its replay from the id', () => {
    const c = currentReplay(MS19);
    expect(c.mission).toBe(findMission(MS19));
    expect(c.replay).toBe(replayFor(findMission(MS19)!));
    expect(c.replay!.descent).not.toBeNull();
    expect(c.tles).toBe(issTles);
  });

  it('gives the same object back for the same id, and a new one for another', () => {
    const a = currentReplay(MS19);
    expect(currentReplay(MS19)).toBe(a);
    const b = currentReplay(MS22);
    expect(b).not.toBe(a);
    expect(b.mission!.id).toBe(MS22);
    expect(b.replay!.ascent).not.toBeNull();
    expect(currentReplay(MS22)).toBe(b);
    // Back to the first: derived again, to the same mission and (cached) replay.
    const again = currentReplay(MS19);
    expect(again.mission).toBe(a.mission);
    expect(again.replay).toBe(a.replay);
  });

  it('gives no mission and no replay for an unknown id, with the catalogue element sets', () => {
    const c = currentReplay('no-such-mission');
    expect(c).toEqual({ mission: null, replay: null, tles: issTles });
    expect(currentReplay('no-such-mission')).toBe(c);
  });

  it('derives again when a loaded file brings a record for the id', () => {
    const id = 'unit-test-own-return';
    const none = currentReplay(id);
    expect(none.mission).toBeNull();
    const ms19 = findMission(MS19)!;
    // A copy of MS-19 under its own id, without a landing or a timeline: a record that replays
    // to a reason.
    const own: MissionRecord = { ...structuredClone(ms19), id, landing: undefined, timeline: [] };
    userMissions.getState().add([own], 'own.json');
    const loaded = currentReplay(id);
    expect(loaded).not.toBe(none);
    expect(loaded.mission).toBe(own);
    expect(loaded.replay).toBe(replayFor(own));
    expect(loaded.replay!.descent).toBeNull();
    expect(currentReplay(id)).toBe(loaded);
  });
});

describe('sceneOfClock', () => {
  const reference = createSceneStateSource();

  it.each([
    [MS19, 10 * 60_000],
    [MS19, 50 * 60_000],
    [MS22, 0],
    [MS22, 3 * 3_600_000],
  ])('%s: is the scene state of its replay at the clock instant (+%i ms)', (id, offset) => {
    const replay = replayFor(findMission(id)!);
    const start = replay.descent?.burnMs ?? replay.ascent!.liftoffMs;
    const utcMs = start + offset;
    const s = sceneOfClock({ utcMs, missionId: id });
    const expected = reference(utcMs, replay.descent, replay.ascent, issTles);
    expect(s.utcMs).toBe(utcMs);
    expect(s.capsule?.phase).toBe(expected.capsule?.phase);
    expect(s.capsule?.point.r).toEqual(expected.capsule?.point.r);
    expect(s.capsule?.drawR).toEqual(expected.capsule?.drawR);
    expect(s.capsule?.descent).toBe(replay.descent ?? undefined);
    expect(s.ascent?.phase).toBe(expected.ascent?.phase);
    expect(s.ascent?.point.r).toEqual(expected.ascent?.point.r);
    expect(s.ascent?.ascent).toBe(replay.ascent ?? undefined);
    expect(s.iss?.eci.r).toEqual(expected.iss?.eci.r);
    expect(s.gmst).toBe(expected.gmst);
    expect(s.sunEci).toEqual(expected.sunEci);
    expect(s.issUnavailable).toEqual(expected.issUnavailable);
    // Exactly one of the two craft, as the mission is a return or a launch.
    expect(s.capsule === null).toBe(replay.descent === null);
    expect(s.ascent === null).toBe(replay.ascent === null);
  });

  it('shows only the ISS for an unknown mission', () => {
    const utcMs = issTles[0]!.epochMs + 3_600_000;
    const s = sceneOfClock({ utcMs, missionId: 'no-such-mission' });
    expect(s.capsule).toBeNull();
    expect(s.ascent).toBeNull();
    expect(s.iss!.eci.r).toEqual(reference(utcMs).iss!.eci.r);
  });
});
