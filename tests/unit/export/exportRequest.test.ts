import { describe, expect, it } from 'vitest';
import { findMission } from '../../../src/data/catalog';
import { missionClock } from '../../../src/replay/missionClock';
import { parseExportRequest, parseInstant } from '../../../src/export/exportRequest';
import { problemText } from '../../../src/export/exportMessages';
import { setLanguage } from '../../../src/i18n';

const mc = missionClock(findMission('soyuz-ms-19-landing')!);
const parse = (opts: Parameters<typeof parseExportRequest>[0]) =>
  parseExportRequest(opts, mc.range, mc.events);

describe('parseExportRequest', () => {
  it('defaults to the whole descent in smart rate, 1920×1080 at 30 fps', () => {
    const r = parse({});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.request).toMatchObject({ width: 1920, height: 1080, fps: 30, rate: 'smart' });
    expect(r.schedule.frames).toBe(Math.round(r.schedule.durationS * 30));
  });

  it('takes from / to as ISO strings or epoch ms, at 1× by default', () => {
    const from = '2022-03-30T11:10:00Z';
    const r = parse({ from, to: Date.parse(from) + 3000, width: 1280, height: 720 });
    expect(r.ok && r.request.rate).toBe(1);
    expect(r.ok && r.schedule.frames).toBe(90);
    expect(r.ok && r.schedule.durationS).toBe(3);
  });

  it('refuses what it cannot make, in words', async () => {
    await setLanguage('en');
    const problem = (opts: Parameters<typeof parse>[0]) => {
      const r = parse(opts);
      return r.ok ? null : problemText(r.problem);
    };
    expect(problem({ width: 1000, height: 500 })).toMatch(/1000×500.*1920×1080 or 1280×720/);
    expect(problem({ fps: 25 })).toMatch(/25 frames a second.*30 or 60/);
    expect(problem({ from: 'yesterday' })).toMatch(/“yesterday” is not a UTC time/);
    expect(problem({ from: '2022-03-30T11:10:00' })).toMatch(/not a UTC time/);
    expect(problem({ from: '2022-03-30T11:10:00Z', to: '2022-03-30T11:09:00Z' })).toMatch(
      /end must come after/,
    );
    expect(problem({ from: '2022-03-29T11:10:00Z', to: '2022-03-30T11:09:00Z' })).toMatch(
      /within this replay/,
    );
    expect(problem({ from: '2022-03-30T11:10:00Z', to: '2022-03-30T11:10:00.010Z' })).toMatch(
      /shorter than one frame/,
    );
    expect(problem({ from: '2022-03-30T10:00:00Z', to: '2022-03-30T11:00:00Z' })).toMatch(
      /more than 20 minutes/,
    );
    expect(problem({ from: '2022-03-30T10:00:00Z', to: '2022-03-30T11:00:00Z', rate: -1 })).toMatch(
      /not a rate/,
    );
  });

  it('reads instants with a zone only', () => {
    expect(parseInstant('2022-03-30T11:10:00Z')).toBe(Date.UTC(2022, 2, 30, 11, 10));
    expect(parseInstant('2022-03-30T14:10:00+03:00')).toBe(Date.UTC(2022, 2, 30, 11, 10));
    expect(parseInstant('2022-03-30 11:10')).toBeNaN();
    expect(parseInstant(Infinity)).toBeNaN();
  });
});
