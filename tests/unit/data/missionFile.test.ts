import { describe, expect, it } from 'vitest';
import {
  MAX_FILE_BYTES,
  readMissionFile,
  readMissionText,
  type MissionFileProblem,
} from '../../../src/data/missionFile';
import { userMissions } from '../../../src/data/userMissions';
import {
  DECAYING_L1,
  ms19Copy,
  MS19_L2,
  MS23_L1,
  MS23_L2,
  withChecksum,
  type Json,
} from '../../fixtures/missionFiles';

const problem = (data: unknown): MissionFileProblem => {
  const r = readMissionText(typeof data === 'string' ? data : JSON.stringify(data));
  if (r.ok) throw new Error('expected a problem');
  return r.problem;
};

/** A copy of MS-19 with one change made to it. */
const edited = (change: (m: Json) => void): Json => {
  const m = ms19Copy();
  change(m);
  return m;
};

describe('a mission file', () => {
  it('with one real record under a new id is read, as one record or a list', () => {
    const one = readMissionText(JSON.stringify(ms19Copy()));
    expect(one.ok && one.missions.map((m) => m.id)).toEqual(['my-ms-19-copy']);
    expect(one.ok && one.missions[0]!.landing?.estimate?.lat).toBe(47.41);
    const two = readMissionText(JSON.stringify([ms19Copy('a'), ms19Copy('b')]));
    expect(two.ok && two.missions.map((m) => m.id)).toEqual(['a', 'b']);
    // A byte-order mark, as some editors write, is not an error.
    expect(readMissionText(`\uFEFF${JSON.stringify(ms19Copy())}`).ok).toBe(true);
  });

  it('that is not JSON says so, with where the parser stopped', () => {
    // The parser's own words: the token and the text around it, or the position.
    const p = problem('{"id": "x",\n "mission": }');
    expect(p.kind === 'notJson' && p.why).toMatch(/Unexpected token '}'.*"mission": }/);
    const trailing = problem('{"id": "x",}');
    expect(trailing.kind === 'notJson' && trailing.why).toMatch(/at position 11/);
    expect(problem('').kind).toBe('notJson');
  });

  it('that holds no mission record says so', () => {
    expect(problem([])).toEqual({ kind: 'notMissions' });
    expect(problem(42)).toEqual({ kind: 'notMissions' });
    expect(problem('"soyuz"')).toEqual({ kind: 'notMissions' });
  });

  it('with a missing field names its path, in the record or in the list', () => {
    expect(problem(edited((m) => delete m.landing.estimate.lat))).toEqual({
      kind: 'missing',
      path: 'landing.estimate.lat',
    });
    expect(problem(edited((m) => delete m.timeline))).toEqual({
      kind: 'missing',
      path: 'timeline',
    });
    const second = ms19Copy('b');
    delete second.mission;
    expect(problem([ms19Copy('a'), second])).toEqual({ kind: 'missing', path: '[1].mission' });
  });

  it('with a field of the wrong kind or out of range names it and says why', () => {
    expect(problem(edited((m) => (m.landing.estimate.lat = 200)))).toEqual({
      kind: 'invalid',
      path: 'landing.estimate.lat',
      why: expect.stringMatching(/90/),
    });
    expect(problem(edited((m) => (m.timeline[2].time_utc = 'half past ten')))).toEqual({
      kind: 'invalid',
      path: 'timeline[2].time_utc',
      why: 'must be an ISO-8601 UTC time ending in Z',
    });
    expect(problem(edited((m) => (m.crew = 'Anton Shkaplerov')))).toMatchObject({
      kind: 'invalid',
      path: 'crew',
    });
    // The schema lets 30 February through; the calendar does not.
    expect(problem(edited((m) => (m.timeline[0].time_utc = '2022-02-30T04:16:00Z')))).toEqual({
      kind: 'invalid',
      path: 'timeline[0].time_utc',
      why: '"2022-02-30T04:16:00Z" is not a real calendar time',
    });
  });

  it('with an id the app already has, or twice the same id, says which', () => {
    expect(problem(ms19Copy('soyuz-ms-19-landing'))).toEqual({
      kind: 'idTaken',
      id: 'soyuz-ms-19-landing',
      mission: 'Soyuz MS-19',
    });
    expect(problem([ms19Copy('a'), ms19Copy('a')])).toEqual({ kind: 'duplicate', id: 'a' });
    userMissions.getState().add([ms19Copy('loaded-before') as never], 'earlier.json');
    expect(problem(ms19Copy('loaded-before'))).toEqual({
      kind: 'idLoaded',
      id: 'loaded-before',
      fileName: 'earlier.json',
    });
  });

  it('with a garbled ISS TLE or a bad checksum says which set and why', () => {
    const line1 = ms19Copy().iss_tles[1].line1 as string;
    expect(
      problem(
        edited((m) => (m.iss_tles[1].line1 = `${line1.slice(0, 68)}${(+line1[68]! + 1) % 10}`)),
      ),
    ).toEqual({
      kind: 'tle',
      path: 'iss_tles[1]',
      why: expect.stringMatching(/^TLE line 1 has a bad checksum: last digit is \d, expected \d$/),
    });
    // A digit typed as a letter: the line is still 69 characters, and its checksum catches it.
    const garbled = `${line1.slice(0, 20)}O${line1.slice(21)}`;
    expect(problem(edited((m) => (m.iss_tles[0].line1 = garbled)))).toMatchObject({
      kind: 'tle',
      path: 'iss_tles[0]',
    });
    // A line cut short is caught by the schema, by its path.
    expect(problem(edited((m) => (m.iss_tles[0].line2 = MS19_L2.slice(0, 60))))).toMatchObject({
      kind: 'invalid',
      path: 'iss_tles[0].line2',
    });
    const other = (l: string) => withChecksum(`${l.slice(0, 2)}25545${l.slice(7)}`);
    expect(
      problem(
        edited(
          (m) =>
            (m.iss_tles = [
              { ...m.iss_tles[0], line1: other(m.iss_tles[0].line1), line2: other(MS19_L2) },
            ]),
        ),
      ),
    ).toEqual({ kind: 'notIss', path: 'iss_tles[0]', satnum: '25545' });
  });

  it('whose times its element sets cannot reach says which time and how far', () => {
    const far = problem(
      edited((m) => (m.iss_tles = [{ ...m.iss_tles[0], line1: MS23_L1, line2: MS23_L2 }])),
    );
    expect(far).toMatchObject({ kind: 'outOfRange', mission: 'My Soyuz return', event: 'landing' });
    expect(far.kind === 'outOfRange' && Math.round(far.days)).toBe(543);
    const decayed = problem(
      edited((m) => (m.iss_tles = [{ ...m.iss_tles[0], line1: DECAYING_L1, line2: MS19_L2 }])),
    );
    expect(decayed).toEqual({
      kind: 'sgp4',
      mission: 'My Soyuz return',
      event: 'landing',
      atMs: Date.parse('2022-03-30T11:28:03Z'),
      why: 'the satellite has decayed',
    });
    // With no element sets of its own, a mission is not refused: the replay says what it lacks.
    expect(readMissionText(JSON.stringify(edited((m) => (m.iss_tles = [])))).ok).toBe(true);
  });

  it('over the size limit is refused from its size alone, without being read', async () => {
    let reads = 0;
    const huge = {
      name: 'huge.json',
      size: 50 * 1024 * 1024,
      text: () => {
        reads += 1;
        return Promise.resolve('[]');
      },
    };
    expect(await readMissionFile(huge)).toEqual({
      ok: false,
      problem: { kind: 'tooBig', bytes: 50 * 1024 * 1024, maxBytes: MAX_FILE_BYTES },
    });
    expect(reads).toBe(0);
    const text = JSON.stringify(ms19Copy());
    const small = { name: 'ok.json', size: text.length, text: () => Promise.resolve(text) };
    expect((await readMissionFile(small)).ok).toBe(true);
  });

  it('that cannot be read says so', async () => {
    const gone = {
      name: 'gone.json',
      size: 10,
      text: () => Promise.reject(new Error('The file was removed')),
    };
    expect(await readMissionFile(gone)).toEqual({
      ok: false,
      problem: { kind: 'unreadable', why: 'The file was removed' },
    });
  });

  it('with more missions than one file may add says how many', () => {
    const many = Array.from({ length: 51 }, (_, i) => ms19Copy(`m-${i}`));
    expect(problem(many)).toEqual({ kind: 'tooMany', missions: 51, max: 50 });
  });
});
