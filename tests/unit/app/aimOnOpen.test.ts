import { describe, expect, it } from 'vitest';
import { findMission } from '../../../src/data/catalog';
import { createClock } from '../../../src/clock/clockStore';
import { missionClock } from '../../../src/replay/missionClock';
import { openMission } from '../../../src/replay/openMission';
import { aimViewWhenReplayOpens } from '../../../src/app/aimOnOpen';
import { viewAim } from '../../../src/scene/camera/viewAim';
import { BAIKONUR } from '../../../src/data/sites';

const MS19 = findMission('soyuz-ms-19-landing')!;
const MS22 = findMission('soyuz-ms-22-launch')!;
const frame = () => ({ aspect: 16 / 9, fovDeg: 40 });
const settle = () => new Promise<void>((r) => queueMicrotask(r));

function appClock(camera: 'earth' | 'iss' = 'earth') {
  const c = missionClock(MS19);
  return createClock({
    utcMs: c.openingMs,
    rate: 1,
    playing: true,
    range: c.range,
    events: c.events,
    missionId: MS19.id,
    camera,
    canAnimate: false,
  });
}

describe('aimViewWhenReplayOpens', () => {
  it('aims once the first frame is drawn, then at each mission opened', async () => {
    const clock = appClock();
    const stop = aimViewWhenReplayOpens(clock, frame);
    const seq0 = viewAim.getState().seq;
    await settle();
    expect(viewAim.getState().seq).toBe(seq0);
    clock.getState().setCanAnimate(true);
    await settle();
    expect(viewAim.getState().seq).toBe(seq0 + 1);
    // Playing on does not turn the view again.
    clock.getState().seek(clock.getState().utcMs + 60_000);
    await settle();
    expect(viewAim.getState().seq).toBe(seq0 + 1);
    openMission(clock, MS22);
    await settle();
    expect(viewAim.getState().seq).toBe(seq0 + 2);
    const aim = viewAim.getState().aim!;
    expect(Math.abs(aim.lat - BAIKONUR.lat)).toBeLessThan(10);
    stop();
  });

  it('aims at the instant the opener settles on, not the one the mission loaded at', async () => {
    const clock = appClock();
    clock.getState().setCanAnimate(true);
    const stop = aimViewWhenReplayOpens(clock, frame);
    const touchdown = missionClock(MS19).events.find((e) => e.type === 'touchdown')!;
    openMission(clock, MS22);
    openMission(clock, MS19);
    clock.getState().seek(touchdown.utcMs + 60_000);
    const seq = viewAim.getState().seq;
    await settle();
    // One request for the two changes, placed by the clock's final instant (on the ground).
    expect(viewAim.getState().seq).toBe(seq + 1);
    expect(viewAim.getState().aim!.distanceKm).toBeLessThan(2 * 6378);
    stop();
  });

  it('leaves another camera alone', async () => {
    const clock = appClock('iss');
    const stop = aimViewWhenReplayOpens(clock, frame);
    const seq = viewAim.getState().seq;
    clock.getState().setCanAnimate(true);
    openMission(clock, MS22);
    await settle();
    expect(viewAim.getState().seq).toBe(seq);
    stop();
  });
});
