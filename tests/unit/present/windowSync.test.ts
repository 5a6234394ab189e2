import { afterEach, describe, expect, it } from 'vitest';
import { createClock, type ClockStore } from '../../../src/clock/clockStore';
import { findMission } from '../../../src/data/catalog';
import { missionClock } from '../../../src/replay/missionClock';
import { currentLang, setLanguage } from '../../../src/i18n';
import { presenterEvent, presenterStep } from '../../../src/ui/presentation/presenterNavigation';
import {
  isViewPose,
  POSE_MS,
  startWindowSync,
  type WindowSync,
} from '../../../src/present/windowSync';
import { createViewPoseStore, setViewPose, type ViewPose } from '../../../src/common/viewPose';

/** A clock as the app opens one: MS-19, paused at its opening moment. */
function appClock(id = 'soyuz-ms-19-landing'): ClockStore {
  const c = missionClock(findMission(id)!);
  return createClock({
    utcMs: c.openingMs,
    rate: 60,
    playing: false,
    range: c.range,
    events: c.events,
    missionId: id,
    camera: 'earth',
  });
}

// Node has BroadcastChannel: two of them on one name are two windows of one origin.
const channel = `test-${Math.random()}`;
const open: WindowSync[] = [];
const join = (clock: ClockStore, role: 'screen' | 'presenter', extra = {}) => {
  const sync = startWindowSync({ clock, role, channel: new BroadcastChannel(channel), ...extra });
  open.push(sync);
  return sync;
};
const settle = () => new Promise((r) => setTimeout(r, 30));

afterEach(async () => {
  for (const s of open.splice(0)) s.stop();
  await setLanguage('en');
});

const shown = (c: ClockStore) => {
  const s = c.getState();
  return {
    utcMs: s.utcMs,
    playing: s.playing,
    rate: s.rate,
    mission: s.missionId,
    camera: s.camera,
  };
};

describe('two windows of a presenter’s view, kept in step', () => {
  it('a window that joins takes the lesson as it stands; then either drives', async () => {
    const screen = appClock();
    screen.getState().step(600_000);
    join(screen, 'screen');
    const presenter = appClock('soyuz-ms-24-landing');
    join(presenter, 'presenter');
    await settle();
    expect(shown(presenter)).toEqual(shown(screen));

    presenter.getState().setCamera('soyuz');
    presenter.getState().step(-10_000);
    await settle();
    expect(shown(screen)).toEqual(shown(presenter));

    screen.getState().setRate(-120);
    screen.getState().play();
    await settle();
    expect(presenter.getState().playing).toBe(true);
    expect(presenter.getState().rate).toBe(-120);
  });

  it('the clicker goes on from the event the other window’s clicker went to', async () => {
    const a = appClock();
    const b = appClock();
    join(a, 'screen');
    join(b, 'presenter');
    await settle();
    presenterStep(a, 1);
    await settle();
    const first = presenterEvent(a)!.eventIndex;
    expect(presenterEvent(b)?.eventIndex).toBe(first);
    presenterStep(b, 1);
    await settle();
    expect(presenterEvent(b)!.eventIndex).toBe(first + 1);
    expect(presenterEvent(a)?.eventIndex).toBe(first + 1);
    expect(a.getState().utcMs).toBe(b.getState().utcMs);
  });

  it('a mission and a language chosen in one window open in the other', async () => {
    const a = appClock();
    const b = appClock();
    join(a, 'screen');
    join(b, 'presenter');
    await settle();
    const ms24 = missionClock(findMission('soyuz-ms-24-landing')!);
    b.getState().loadMission('soyuz-ms-24-landing', ms24.range, ms24.events, ms24.openingMs);
    await settle();
    expect(a.getState().missionId).toBe('soyuz-ms-24-landing');
    expect(a.getState().events).toHaveLength(ms24.events.length);
    // Both windows share this one module's language, so each sees the change as its own and
    // sends it once; listening as a third window would, each state that comes back is applied
    // without being sent again (no echo loop: two messages, not a stream).
    const heard: string[] = [];
    const ear = new BroadcastChannel(channel);
    ear.onmessage = (e: MessageEvent<{ kind: string; state?: { lang: string } }>) => {
      if (e.data.kind === 'state') heard.push(e.data.state!.lang);
    };
    await setLanguage('ru');
    await settle();
    ear.close();
    expect(currentLang()).toBe('ru');
    expect(heard).toEqual(['ru', 'ru']);
  });

  it('says when the other window leaves, and when it ends the view', async () => {
    const left: string[] = [];
    let ended = 0;
    const a = appClock();
    join(a, 'screen', { onPeerLeft: (r: string) => left.push(r), onEnded: () => ended++ });
    const b = join(appClock(), 'presenter');
    await settle();
    expect([...open[0]!.peers().values()]).toEqual(['presenter']);
    b.stop();
    await settle();
    expect(left).toEqual(['presenter']);
    join(appClock(), 'presenter').end();
    await settle();
    expect(ended).toBe(1);
  });

  it('a window that lags while playing is brought back by the driving window’s beat', async () => {
    const a = appClock();
    const b = appClock();
    join(a, 'screen');
    join(b, 'presenter');
    await settle();
    a.getState().play();
    await settle();
    // b's frames stalled: its clock is a minute behind.
    b.setState({ utcMs: a.getState().utcMs - 60_000 });
    await new Promise((r) => setTimeout(r, 400));
    expect(Math.abs(b.getState().utcMs - a.getState().utcMs)).toBeLessThan(1000);
  });

  it('a view turned by hand in one window is turned so in the other, and not sent back', async () => {
    // Each window's own pose store, as each page has its own module.
    const posesA = createViewPoseStore();
    const posesB = createViewPoseStore();
    join(appClock(), 'screen', { poses: posesA });
    join(appClock(), 'presenter', { poses: posesB });
    await settle();
    let takenByB = 0;
    posesB.subscribe((v) => v.by === 'peer' && takenByB++);

    // A drag: many poses in a few milliseconds; the other window gets the last, once.
    const pose = (x: number): ViewPose => ({
      camera: 'earth',
      offset: [x, 0, 24_000],
      up: [0, 1, 0],
    });
    for (let x = 0; x <= 5000; x += 500) setViewPose(posesA, pose(x), 'person');
    await new Promise((r) => setTimeout(r, POSE_MS + 60));
    expect(posesB.getState()).toMatchObject({ by: 'peer', pose: pose(5000) });
    expect(takenByB).toBe(1);
    // Taken from the other window, it is not the person's here: nothing goes back (A would hold
    // it as the peer's).
    await new Promise((r) => setTimeout(r, POSE_MS + 60));
    expect(posesA.getState()).toMatchObject({ by: 'person', pose: pose(5000) });
  });

  it('a pose that is not one (a zero offset, NaN, a missing axis) is left out', () => {
    const good = { camera: 'iss', offset: [0.1, 0.05, -0.2], up: [0, 1, 0] };
    expect(isViewPose(good)).toBe(true);
    expect(isViewPose({ ...good, offset: [0, 0, 0] })).toBe(false);
    expect(isViewPose({ ...good, up: [0, Number.NaN, 1] })).toBe(false);
    expect(isViewPose({ ...good, offset: [1, 2] })).toBe(false);
    expect(isViewPose({ ...good, camera: 3 })).toBe(false);
    expect(isViewPose(null)).toBe(false);
  });
});
