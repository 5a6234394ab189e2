import { afterAll, describe, expect, it } from 'vitest';
import { findMission } from '../../../src/data/catalog';
import { missionClock } from '../../../src/replay/missionClock';
import { overlayText } from '../../../src/export/overlayText';
import { eventCaption } from '../../../src/ui/captions/eventCaptions';
import { currentReplay } from '../../../src/replay/currentReplay';
import { setLanguage } from '../../../src/i18n';

const id = 'soyuz-ms-19-landing';
const mc = missionClock(findMission(id)!);
const sep = mc.events.find((e) => e.type === 'module_separation')!;
const overlayAt = (utcMs: number) => overlayText({ utcMs, missionId: id, events: mc.events });

describe('overlayText', () => {
  afterAll(() => setLanguage('en'));

  it('has the mission title, the caption the app shows at that instant, and the readout', async () => {
    await setLanguage('en');
    const text = overlayAt(sep.utcMs + 1000);
    expect(text.title).toMatch(/Soyuz MS-19/);
    const descent = currentReplay(id).replay!.descent;
    expect(text.caption).toEqual(eventCaption('module_separation', descent));
    expect(text.readout.map((r) => r.label)).toEqual([
      'UTC',
      'Altitude',
      'Speed relative to Earth',
    ]);
    expect(text.readout[1]!.value).toMatch(/km$/);
  });

  it('has no caption in the quiet minutes long after an event', () => {
    const burn = mc.events.find((e) => e.type === 'deorbit_burn_end')!;
    const next = mc.events.find((e) => e.utcMs > burn.utcMs)!;
    const quiet = burn.utcMs + (next.utcMs - burn.utcMs) * 0.9;
    if (next.utcMs - burn.utcMs > 8 * 60_000) expect(overlayAt(quiet).caption).toBeNull();
  });

  it('speaks the current language', async () => {
    await setLanguage('ru');
    const text = overlayAt(sep.utcMs + 1000);
    expect(text.readout[1]!.label).toBe('Высота');
    expect(text.title).toMatch(/Союз МС-19/);
    await setLanguage('kk');
    expect(overlayAt(sep.utcMs + 1000).readout[1]!.value).toMatch(/км$/);
  });
});
