import { afterEach, describe, expect, it } from 'vitest';
import { descentCsvFiles } from '../../../../src/ui/charts/csvDownload';
import { findMission } from '../../../../src/data/catalog';
import { replayFor } from '../../../../src/replay/replay';
import { setLanguage } from '../../../../src/i18n';

afterEach(() => setLanguage('en'));

describe('the charts panel CSV download', () => {
  const mission = findMission('soyuz-ms-19-landing')!;
  const descent = replayFor(mission).descent!;

  it('names the two files for the mission: the trajectory, then the events', () => {
    const [trajectory, events] = descentCsvFiles(mission.id, descent);
    expect(trajectory!.name).toBe('soyuz-ms-19-landing-trajectory.csv');
    expect(events!.name).toBe('soyuz-ms-19-landing-events.csv');
    expect(trajectory!.text.split('\n')[0]).toMatch(/^utc,t_from_burn_s,altitude_km,/);
    expect(events!.text.split('\n')[0]).toMatch(/^event,utc,t_from_burn_s,/);
    // The replay's own descent: its first row is the replay's burn, its last event touchdown.
    expect(trajectory!.text.split('\n')[1]).toMatch(
      new RegExp(`^${new Date(descent.burnMs).toISOString().replace(/\./g, '\\.')},0,`),
    );
    expect(events!.text.trimEnd().split('\n').at(-1)).toMatch(/^touchdown,/);
  });

  it('keeps a loaded mission file’s odd id out of the file name’s way', () => {
    const [trajectory] = descentCsvFiles('my/mission: test?', descent);
    expect(trajectory!.name).toBe('my-mission-test-trajectory.csv');
    expect(descentCsvFiles('///', descent)[1]!.name).toBe('descent-events.csv');
  });

  it('writes the same files, with dots, whatever the interface language', async () => {
    const english = descentCsvFiles(mission.id, descent);
    for (const lang of ['ru', 'kk'] as const) {
      await setLanguage(lang);
      const files = descentCsvFiles(mission.id, descent);
      expect(files).toEqual(english);
      // Not a decimal comma anywhere: every field between commas is a number, a word or a time.
      for (const line of files[0]!.text.trimEnd().split('\n').slice(1)) {
        const fields = line.split(',');
        expect(fields).toHaveLength(10);
        for (const f of fields.slice(1, -1)) expect(f).toMatch(/^-?\d+(\.\d+)?$/);
      }
    }
  });
});
