import { describe, expect, it } from 'vitest';
import { DEFAULT_MISSION_ID, missions } from '../../../src/data/catalog';
import { CAMERAS } from '../../../src/clock/clockStore';
import { missionClock } from '../../../src/replay/missionClock';
import { isValidRate } from '../../../src/clock/rates';
import { formatUrlState, parseUrlState } from '../../../src/app/urlState';
import { seededRandom } from '../../../tools/seededRandom';
import { fuzzQuery } from './urlState.fuzzCases';

describe('URL fuzz: 1,000 random and malformed links', () => {
  it('always give a view the app can show, and say what they ignored', () => {
    const rand = seededRandom(20261126);
    for (let i = 0; i < 1000; i++) {
      const query = fuzzQuery(rand);
      const where = `case ${i}: ${query.slice(0, 200)}`;
      const r = parseUrlState(query, missions, DEFAULT_MISSION_ID);
      expect(missions, where).toContain(r.mission);
      const range = missionClock(r.mission).range;
      expect(r.utcMs, where).toBeGreaterThanOrEqual(range.startMs);
      expect(r.utcMs, where).toBeLessThanOrEqual(range.endMs);
      expect(isValidRate(r.rate), where).toBe(true);
      expect(CAMERAS, where).toContain(r.camera);
      expect(['en', 'ru', 'kk'], where).toContain(r.lang);
      // Every notice is a sentence, none runs on for pages, and none is a raw key.
      for (const text of r.ignored) {
        expect(text.length, where).toBeLessThan(400);
        expect(text, where).not.toMatch(/^url\./);
      }
      // What it made of the link is itself a clean link: read back, nothing is ignored.
      const again = parseUrlState(
        formatUrlState({ ...r, missionId: r.mission.id }),
        missions,
        DEFAULT_MISSION_ID,
      );
      expect(again.ignored, where).toEqual([]);
      expect(again.mission.id, where).toBe(r.mission.id);
      expect(again.camera, where).toBe(r.camera);
    }
  });

  it('an unknown or bad parameter is always named in a notice', () => {
    const r = parseUrlState('?camera=%3Cscript%3E&zoom=3', missions, DEFAULT_MISSION_ID);
    expect(r.ignored.join(' ')).toMatch(/camera=/);
    expect(r.ignored.join(' ')).toMatch(/"zoom"/);
  });
});
