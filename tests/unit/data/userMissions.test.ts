import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppClock } from '../../../src/app/createAppClock';
import { allMissions, findMission, missions } from '../../../src/data/catalog';
import { issTles, issTlesFor } from '../../../src/data/issTles';
import { userMission } from '../../../src/data/userMissions';
import {
  crewEntry,
  dataText,
  missingTranslations,
  missionName,
  setLanguage,
} from '../../../src/i18n';
import { sceneOfClock } from '../../../src/replay/currentReplay';
import { replayFor } from '../../../src/replay/replay';
import { loadMissionFile } from '../../../src/ui/mission/loadMissionFile';
import { notices, noticeText } from '../../../src/common/notices';
import { ms19Copy, MS19_L1, withChecksum, type Json } from '../../fixtures/missionFiles';

const fileOf = (name: string, data: unknown) => {
  const text = JSON.stringify(data);
  return { name, size: text.length, text: () => Promise.resolve(text) };
};

/** MS-19's first element set moved to 30 Mar 2022 00:00: nearer the burn than any bundled set. */
const OWN_L1 = withChecksum(`${MS19_L1.slice(0, 18)}22089.00000000${MS19_L1.slice(32)}`);

/** A mission of the person's own: MS-19's facts, their own name, crew words and element set. */
function ownMission(): Json {
  const m = ms19Copy('my-return', 'My Soyuz return');
  m.crew = ['Vasya Pupkin (pilot, Roscosmos)', ...m.crew];
  m.landing.coord_status = 'my own guess';
  m.iss_tles = [{ ...m.iss_tles[0], line1: OWN_L1 }];
  return m;
}

afterEach(() => setLanguage('en'));

describe('missions loaded from a file', () => {
  const { clock } = createAppClock('?mission=soyuz-ms-19-landing&t=2022-03-30T10:40:00Z&rate=0');

  it('a bad file changes nothing and says what is wrong', async () => {
    const before = clock.getState();
    const broken = ms19Copy();
    delete broken.landing.time_utc;
    expect(await loadMissionFile(fileOf('broken.json', broken), clock)).toBe(false);
    const after = clock.getState();
    expect([after.missionId, after.utcMs, after.range]).toEqual([
      before.missionId,
      before.utcMs,
      before.range,
    ]);
    expect(allMissions()).toBe(missions);
    expect(notices.getState().items.map((n) => noticeText(n.text))).toContain(
      'broken.json has no landing.time_utc, which every mission needs. Add it and load the file again. The view is unchanged.',
    );
  });

  it('a good one joins the catalogue for the session and opens, modelled like a bundled one', async () => {
    expect(await loadMissionFile(fileOf('mine.json', ownMission()), clock)).toBe(true);
    // The earlier file's problem is gone with it.
    expect(notices.getState().items.filter((n) => n.group === 'missionFile')).toEqual([]);
    const mine = findMission('my-return')!;
    expect(userMission('my-return')?.fileName).toBe('mine.json');
    expect(allMissions().map((m) => m.id)).toEqual([...missions.map((m) => m.id), 'my-return']);
    expect(missions).not.toContain(mine);

    const s = clock.getState();
    expect(s.missionId).toBe('my-return');
    expect(s.smart).toBe(true);
    const replay = replayFor(mine);
    expect(replay.unavailable).toBe(null);
    // Flown from the file's own element set, the one nearest the sourced burn. That set is made
    // up (MS-19's elements at another epoch): from it the sourced burn lands hundreds of km off,
    // outside the automatic footprint, so the replay flies the planner's burn and says so.
    expect(replay.inputs?.tle.line1).toBe(OWN_L1);
    expect(replay.sourcedBurnSetAside!.missKm).toBeGreaterThan(100);
    expect(replay.burnSource).toBe('planned');
    expect(s.events.some((e) => e.type === 'main_chute')).toBe(true);
  });

  it('its element sets move the station only in its own replay', () => {
    const mine = findMission('my-return')!;
    expect(issTlesFor(mine).map((t) => t.line1)).toContain(OWN_L1);
    expect(issTlesFor(findMission('soyuz-ms-19-landing')!)).toBe(issTles);
    const at = Date.parse('2022-03-30T10:40:00Z');
    expect(sceneOfClock({ utcMs: at, missionId: 'my-return' }).iss?.tle.line1).toBe(OWN_L1);
    expect(sceneOfClock({ utcMs: at, missionId: 'soyuz-ms-19-landing' }).iss?.tle.line1).toBe(
      MS19_L1,
    );
  });

  it('a mission without what a replay needs says what is missing', async () => {
    const bare = ms19Copy('bare-return', 'Bare return');
    bare.iss_tles = [];
    bare.timeline = [];
    delete bare.landing;
    expect(await loadMissionFile(fileOf('bare.json', bare), clock)).toBe(true);
    expect(replayFor(findMission('bare-return')!).unavailable).toEqual({
      code: 'noLandingPoint',
      mission: 'Bare return',
    });
  });

  it('its words are shown as written in every language, reported as missing by none', () => {
    const before = missingTranslations().length;
    for (const lang of ['ru', 'kk'] as const) {
      setLanguage(lang);
      expect(missionName('My Soyuz return', lang)).toBe('My Soyuz return');
      expect(crewEntry('Vasya Pupkin (pilot, Roscosmos)', lang)).toBe(
        'Vasya Pupkin (pilot, Roscosmos)',
      );
      expect(dataText('my own guess', lang)).toBe('my own guess');
      // What the tables do know is still translated, as in the bundled missions.
      expect(crewEntry('Mark Vande Hei (NASA)', lang)).toBe('Марк Ванде Хай (НАСА)');
    }
    expect(missingTranslations().length).toBe(before);
    // Text that came from no file is still reported.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    dataText('a phrase nobody loaded', 'ru');
    expect(logged).toHaveBeenCalledWith(
      'Missing translation (ru: data text "a phrase nobody loaded")',
    );
    logged.mockRestore();
    expect(missingTranslations().at(-1)).toBe('ru: data text "a phrase nobody loaded"');
  });
});
