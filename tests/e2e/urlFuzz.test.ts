import { describe, expect, inject, it } from 'vitest';
import { DEFAULT_MISSION_ID, missions } from '../../src/data/catalog';
import { parseUrlState } from '../../src/app/urlState';
import { seededRandom } from '../../tools/seededRandom';
import { fuzzQuery } from '../unit/app/urlState.fuzzCases';
import { getState, openApp } from './browser';
import { sharedSession } from './sharedSession';

const baseUrl = inject('baseUrl');
// The shared session fails the file on any page error or request off the app's origin.
const session = sharedSession(baseUrl, { width: 800, height: 500 });

/**
 * The unit fuzz (tests/unit/app/urlState.fuzz.test.ts) puts 1,000 links through the parser the app
 * uses; these load a sample of the same generator's links in the real app, which must render
 * and say what it ignored.
 */
describe('URL fuzz in the browser', () => {
  const rand = seededRandom(7);
  const queries = Array.from({ length: 4 }, () => fuzzQuery(rand));

  it.each(queries.map((q, i) => [i, q]))('link %i renders and explains itself', async (_i, q) => {
    await openApp(session, baseUrl, q as string, 'interactive');
    const state = await getState(session.page);
    expect(state.ready).toBe(true);
    expect(missions.map((m) => m.id)).toContain(state.mission);
    const expected = parseUrlState(q as string, missions, DEFAULT_MISSION_ID).ignored;
    const shown = await session.page.getByTestId('notice').allTextContents();
    expect(shown.length > 0).toBe(expected.length > 0);
    expect(await session.page.locator('canvas').count()).toBe(1);
  });
});
