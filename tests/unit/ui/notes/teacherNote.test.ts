import { afterEach, describe, expect, it } from 'vitest';
import { findMission, missions } from '../../../../src/data/catalog';
import { LANGUAGES, hasTranslation, missingTranslations, setLanguage } from '../../../../src/i18n';
import { formatMinSec, formatNumber, formatUnit } from '../../../../src/i18n/format';
import { sampleAt, type DescentResult } from '../../../../src/physics/descent';
import { DEORBIT, PARACHUTES } from '../../../../src/physics/spacecraft';
import { SEPARATION_SEQUENCE } from '../../../../src/physics/departure';
import { missionClock } from '../../../../src/replay/missionClock';
import { replayFor } from '../../../../src/replay/replay';
import { NOTE_OF_EVENT, teacherNote } from '../../../../src/ui/notes/teacherNote';

afterEach(() => setLanguage('en'));

const replayOf = (id: string) => replayFor(findMission(id)!);
const MS19 = replayOf('soyuz-ms-19-landing');
const TMA11 = replayOf('soyuz-tma-11-ballistic-landing');
const MS22 = replayOf('soyuz-ms-22-launch');
const d19 = MS19.descent!;
const at = (d: DescentResult, type: string) => d.events.find((e) => e.type === type)!;
/** Speed through the air at an event, km/s, read straight from the sampled trajectory. */
const air = (d: DescentResult, type: string) => sampleAt(d.samples, at(d, type).ms).airspeed;
const whole = (n: ReturnType<typeof teacherNote>) =>
  n ? `${n.question} ${n.answer} ${n.fact}` : '';

describe('a note for every event of every replay', () => {
  it('in English, Russian and Kazakh, with every figure filled in and nothing missing', () => {
    const missingBefore = missingTranslations().length;
    const seen = new Set<string>();
    let checked = 0;
    for (const mission of missions) {
      const replay = replayFor(mission);
      for (const event of missionClock(mission).events) {
        seen.add(event.type);
        const texts: Record<string, string> = {};
        for (const lang of LANGUAGES) {
          const note = teacherNote(event.type, replay, lang);
          const where = `${mission.id} ${event.type} ${lang}`;
          expect(note, where).not.toBeNull();
          for (const part of [note!.question, note!.answer, note!.fact]) {
            expect(part.trim(), where).not.toBe('');
            expect(part, where).not.toContain('{{');
            expect(part, where).not.toMatch(/teacherNotes\./);
          }
          texts[lang] = whole(note);
          checked++;
        }
        // Real Russian and Kazakh, not English left in: only the g of a load is Latin.
        for (const lang of ['ru', 'kk'] as const) {
          expect(texts[lang], `${mission.id} ${event.type} ${lang}`).not.toMatch(/[A-Za-z]{2,}/);
          expect(texts[lang]).not.toMatch(/mile|мил/i);
          expect(texts[lang]).not.toBe(texts.en);
        }
        expect(texts.ru).not.toBe(texts.kk);
      }
    }
    // The three kinds of replay the catalogue has are all in: a return, a launch, an abort.
    for (const type of ['peak_g', 'main_chute', 'docking', 'third_stage_cutoff', 'landing'])
      expect(seen.has(type), type).toBe(true);
    expect(checked).toBeGreaterThan(1500);
    expect(missingTranslations().length).toBe(missingBefore);
  });

  it('every string a note may use exists in every language', () => {
    for (const lang of LANGUAGES)
      for (const id of new Set(Object.values(NOTE_OF_EVENT)))
        for (const part of ['question', 'answer', 'fact'])
          expect(hasTranslation(`teacherNotes.${id}.${part}`, lang), `${lang} ${id}`).toBe(true);
  });

  it('has no note for an event it does not know', () => {
    expect(teacherNote('no_such_event', MS19, 'en')).toBeNull();
  });
});

describe('the figures are the replay’s own', () => {
  it('peak g: the modelled peak and its altitude', () => {
    const note = teacherNote('peak_g', MS19, 'en')!;
    expect(note.answer).toContain(`${formatNumber(d19.peakG, 1, 'en')} times`);
    expect(note.answer).toContain(
      formatUnit('km', Math.round(d19.peakGAltKm * 10) / 10, 'as is', 'en'),
    );
    // Another descent, another figure: nothing is typed in.
    const other = teacherNote('peak_g', TMA11, 'en')!;
    expect(other.answer).toContain(formatNumber(TMA11.descent!.peakG, 1, 'en'));
    expect(other.answer).not.toBe(note.answer);
  });

  it('the ballistic return quotes the guided comparison’s peak', () => {
    const note = teacherNote('peak_g', TMA11, 'en')!;
    expect(TMA11.descent!.mode).toBe('ballistic');
    expect(note.fact).toContain(formatUnit('g', TMA11.comparison!.peakG, 1, 'en'));
  });

  it('the deorbit burn: the physics’ delta-v and duration, and its share of the speed', () => {
    const note = teacherNote('deorbit_burn_start', MS19, 'en')!;
    expect(note.fact).toContain(`${DEORBIT.deltaVms} m/s`);
    expect(note.fact).toContain(formatMinSec(DEORBIT.durationS, 'en'));
    const speed = sampleAt(d19.samples, d19.burnMs).airspeed;
    expect(note.fact).toContain(
      `${formatNumber((DEORBIT.deltaVms / 1000 / speed) * 100, 1, 'en')}%`,
    );
    expect(teacherNote('deorbit_burn_start', MS19, 'ru')!.fact).toContain(
      `${DEORBIT.deltaVms} м/с`,
    );
  });

  it('entry interface: the modelled speed there, and the time to the drogue', () => {
    const note = teacherNote('entry_interface', MS19, 'en')!;
    expect(note.answer).toContain(formatUnit('kms', air(d19, 'entry_interface'), 1, 'en'));
    const toChute = at(d19, 'drogue_chute').ms - at(d19, 'entry_interface').ms;
    expect(note.fact).toContain(formatMinSec(Math.round(toChute / 1000), 'en'));
    expect(note.fact).toContain(formatUnit('ms', air(d19, 'drogue_chute') * 1000, 0, 'en'));
  });

  it('blackout: its modelled duration and altitudes', () => {
    const note = teacherNote('blackout_start', MS19, 'en')!;
    const ms = at(d19, 'blackout_end').ms - at(d19, 'blackout_start').ms;
    expect(note.fact).toContain(formatMinSec(Math.round(ms / 1000), 'en'));
    expect(note.fact).toContain(`${formatNumber(at(d19, 'blackout_start').altKm, 1, 'en')} km`);
  });

  it('the chutes: the modelled speeds under the drogue and the main canopy', () => {
    const drogue = teacherNote('drogue_chute', MS19, 'en')!;
    expect(drogue.answer).toContain(formatUnit('ms', air(d19, 'drogue_chute') * 1000, 0, 'en'));
    expect(drogue.answer).toContain(formatUnit('ms', air(d19, 'main_chute') * 1000, 0, 'en'));
    expect(drogue.answer).toContain(formatUnit('m2', PARACHUTES.drogueAreaM2, 'as is', 'en'));
    const main = teacherNote('main_chute', MS19, 'en')!;
    const steady = air(d19, 'soft_landing_engines') * 1000;
    expect(main.answer).toContain(formatUnit('ms', steady, 1, 'en'));
    // The model's steady speed under the canopy is the sourced one it was derived from.
    expect(steady).toBeCloseTo(PARACHUTES.mainSteadySpeedMs, 0);
  });

  it('touchdown: the modelled time from the burn and the landing point', () => {
    const note = teacherNote('touchdown', MS19, 'en')!;
    const minutes = Math.floor((d19.touchdown.ms - d19.burnMs) / 60_000);
    expect(note.answer).toMatch(new RegExp(`^${minutes} min \\d+ s and about [\\d,]+0 km`));
    expect(note.fact).toContain(`${formatNumber(d19.touchdown.lat, 2, 'en')}° N`);
  });

  it('undocking: the sourced spring push', () => {
    expect(teacherNote('undocking', MS19, 'en')!.answer).toContain(
      `${SEPARATION_SEQUENCE.springMs} m/s`,
    );
  });

  it('the launch: modelled times from lift-off, and the insertion orbit', () => {
    const a = MS22.ascent!;
    const docking = teacherNote('docking', MS22, 'en')!;
    const minutes = Math.round((a.dockingMs - a.liftoffMs) / 60_000);
    expect(docking.answer).toContain(`${Math.floor(minutes / 60)} h ${minutes % 60} min`);
    const insertion = teacherNote('orbit_insertion', MS22, 'en')!;
    expect(insertion.fact).toContain(`${formatNumber(a.insertion.perigeeKm, 0, 'en')} km`);
    expect(insertion.fact).toContain(`${formatNumber(a.insertion.inclinationDeg, 1, 'en')}°`);
    const cutoff = teacherNote('third_stage_cutoff', MS22, 'en')!;
    expect(cutoff.answer).toContain(formatUnit('kms', a.insertion.speedKms, 1, 'en'));
    // A low orbit takes about an hour and a half.
    expect(cutoff.fact).toMatch(/about 1 h (2[5-9]|3[0-2]) min/);
    const boosters = teacherNote('first_stage_separation', MS22, 'en')!;
    const e = a.events.find((x) => x.type === 'first_stage_separation')!;
    expect(boosters.fact).toContain(formatMinSec(Math.round((e.ms - a.liftoffMs) / 1000), 'en'));
  });

  it('without a model: the sourced constants, or a note that needs no figures', () => {
    const burn = teacherNote('deorbit_burn', null, 'en')!;
    expect(burn.fact).toContain(`${DEORBIT.deltaVms} m/s`);
    expect(teacherNote('landing', null, 'en')!.question).toMatch(/steppe/);
    expect(teacherNote('launch', null, 'kk')!.fact).toMatch(/Байқоңыр/);
    expect(teacherNote('peak_g', null, 'en')).toBeNull();
  });
});

describe('the language', () => {
  it('a note asked for in Kazakh is in Kazakh, figures too, whatever the page shows', () => {
    setLanguage('en');
    const kk = teacherNote('peak_g', MS19, 'kk')!;
    expect(kk.answer).toContain(`${formatNumber(d19.peakG, 1, 'kk')} есе`);
    expect(kk.answer).toMatch(/\d,\d/);
    setLanguage('ru');
    expect(teacherNote('peak_g', MS19)!.answer).toMatch(/^В \d,\d раза/);
  });
});
