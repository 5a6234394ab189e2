import { describe, expect, it } from 'vitest';
import { en } from '../../../../src/i18n/locales/en';
import { ru } from '../../../../src/i18n/locales/ru';
import { kk } from '../../../../src/i18n/locales/kk';
import { SEPARATION_SEQUENCE } from '../../../../src/physics/departure';
import { missions } from '../../../../src/data/catalog';
import { PARACHUTES } from '../../../../src/physics/spacecraft';
import { replayFor } from '../../../../src/replay/replay';
import { modelLaunch } from '../../../../src/replay/launchReplay';
import { findMission } from '../../../../src/data/catalog';

/** Every modelled descent in the catalogue: what the timing words must hold for. */
const descents = missions.flatMap((m) => {
  const d = replayFor(m).descent;
  return d ? [d] : [];
});
const at = (d: (typeof descents)[number], type: string) =>
  d.events.find((e) => e.type === type)!.ms;
/** A doubles tennis court, 23.77 m by 10.97 m (ITF Rules of Tennis). */
const TENNIS_COURT_M2 = 23.77 * 10.97;

describe('caption figures come from the physics', () => {
  it('gives the springs’ push as the sourced 0.12 m/s, in every language', () => {
    const cm = `${Math.round(SEPARATION_SEQUENCE.springMs * 100)} см`;
    expect(en.captions.undocking).toContain(`${Math.round(SEPARATION_SEQUENCE.springMs * 100)} cm`);
    expect(ru.captions.undocking).toContain(cm);
    expect(kk.captions.undocking).toContain(cm);
  });

  it('the main canopy is "four tennis courts": the sourced 1,000 m²', () => {
    expect(Math.round(PARACHUTES.mainAreaM2 / TENNIS_COURT_M2)).toBe(4);
    expect(en.captions.main).toContain('four tennis courts');
    expect(ru.captions.main).toContain('четыре теннисных корта');
    expect(kk.captions.main).toContain('Төрт теннис корты');
  });

  it('the soft-landing motors: six, under a metre up (sourced 0.8 m)', () => {
    expect(PARACHUTES.softLandingMotors).toBe(6);
    expect(PARACHUTES.softLandingAltKm * 1000).toBeLessThan(1);
    expect(en.captions.softLanding).toMatch(/^Less than a metre .* six /);
    expect(ru.captions.softLanding).toMatch(/^Меньше чем в метре .* шесть /);
    expect(kk.captions.softLanding).toMatch(/^Жерге бір метр қалмағанда алты /);
  });

  it('after the burn the air is met "in less than half an hour", on every modelled return', () => {
    expect(descents.length).toBeGreaterThan(30);
    for (const d of descents) {
      const min = (at(d, 'entry_interface') - at(d, 'deorbit_burn_end')) / 60_000;
      expect(min).toBeGreaterThan(15);
      expect(min).toBeLessThan(30);
    }
    expect(en.captions.burnComplete).toContain('in less than half an hour');
    expect(ru.captions.burnComplete).toContain('меньше чем через полчаса');
    expect(kk.captions.burnComplete).toContain('жарты сағат өтпей');
  });

  it('the blackout lasts "a few minutes" on every modelled return', () => {
    for (const d of descents) {
      const min = (at(d, 'blackout_end') - at(d, 'blackout_start')) / 60_000;
      expect(min).toBeGreaterThan(2);
      expect(min).toBeLessThan(7);
    }
    expect(en.captions.blackout).toContain('a few minutes');
    expect(ru.captions.blackout).toContain('на несколько минут');
    expect(kk.captions.blackout).toContain('бірнеше минутқа');
  });

  it('the launch reaches orbit "in under nine minutes" (MS-22, sourced insertion)', () => {
    const a = modelLaunch(findMission('soyuz-ms-22-launch')!);
    if ('code' in a) throw new Error('no ascent');
    expect((a.insertionMs - a.liftoffMs) / 60_000).toBeLessThan(9);
    expect(en.captions.launch).toContain('in under nine minutes');
    expect(ru.captions.launch).toContain('меньше чем через девять минут');
    expect(kk.captions.launch).toContain('тоғыз минутқа жетпей');
  });
});
