import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { missions } from '../../../src/data/catalog';
import { SITES } from '../../../src/data/sites';
import {
  crewMember,
  dataText,
  missingTranslations,
  missionName,
  placeName,
  setLanguage,
  t,
} from '../../../src/i18n';
import { hasDataText } from '../../../src/i18n/dataText';
import { enWhole as en } from '../../../src/i18n/locales/enWhole';
import { kk } from '../../../src/i18n/locales/kk';
import { ru } from '../../../src/i18n/locales/ru';
import { reasonText } from '../../../src/ui/reasonText';
import { ASCENT_EVENT_TYPES, ASCENT_PHASES } from '../../../src/physics/ascent';
import { DESCENT_EVENT_TYPES } from '../../../src/physics/descent/types';
import { missionClock } from '../../../src/replay/missionClock';
import { eventCaption } from '../../../src/ui/captions/eventCaptions';
import { telemetryText } from '../../../src/ui/telemetry/telemetryFields';

type Tree = { readonly [k: string]: string | Tree };

/** Every leaf as [dotted key, text]. */
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string'
      ? [[`${prefix}${k}`, v] as [string, string]]
      : leaves(v, `${prefix}${k}.`),
  );
}

const placeholders = (s: string) => [...s.matchAll(/\{\{[^}]+\}\}/g)].map((m) => m[0]).sort();

const EN = new Map(leaves(en));
const OTHERS = { ru: new Map(leaves(ru)), kk: new Map(leaves(kk)) };

/** Every .ts and .tsx file under src/. */
function sourceFiles(dir = new URL('../../../src', import.meta.url).pathname): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const hasCyrillic = (s: string) => /[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]/.test(s);

afterEach(() => setLanguage('en'));

describe('catalogues: every string in every language', () => {
  for (const [lang, strings] of Object.entries(OTHERS)) {
    it(`${lang} has exactly en's keys, none empty, with the same {{placeholders}}`, () => {
      expect([...strings.keys()].sort()).toEqual([...EN.keys()].sort());
      for (const [key, text] of strings) {
        expect(text.trim(), `${lang}: ${key} is empty`).not.toBe('');
        expect(placeholders(text), `${lang}: ${key}`).toEqual(placeholders(EN.get(key)!));
      }
    });
  }

  it('every t("…") key used in src/ exists in en', () => {
    const used = new Set<string>();
    const prefixes = new Set<string>();
    for (const file of sourceFiles()) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/\bt\(\s*'([^'$]+)'/g)) used.add(m[1]!);
      // A key built from a template, t(`events.${type}`): its prefix must be a section of en.
      for (const m of code.matchAll(/\bt\(\s*`([\w.]+)\.\$\{/g)) prefixes.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((k) => !EN.has(k))).toEqual([]);
    for (const p of prefixes)
      expect(
        [...EN.keys()].some((k) => k.startsWith(`${p}.`)),
        p,
      ).toBe(true);
  });
});

describe('names and places', () => {
  it('every crew member, role and agency in the data has a Russian and a Kazakh spelling', () => {
    for (const m of missions) {
      for (const entry of m.crew) {
        for (const lang of ['ru', 'kk'] as const) {
          const { name, detail } = crewMember(entry, lang);
          expect(hasCyrillic(name), `${lang}: ${entry}`).toBe(true);
          expect(/[A-Za-z]{2}/.test(name), `${lang}: ${entry} → ${name}`).toBe(false);
          if (detail)
            expect(detail.replace(/JAXA/g, ''), `${lang}: ${entry}`).not.toMatch(/[A-Za-z]/);
        }
      }
    }
  });

  it('mission names are written in Cyrillic: Союз МС-19, Союз ТМА-18М', () => {
    expect(missionName('Soyuz MS-19', 'ru')).toBe('Союз МС-19');
    expect(missionName('Soyuz TMA-18M', 'kk')).toBe('Союз ТМА-18М');
    for (const m of missions) {
      for (const lang of ['ru', 'kk'] as const)
        expect(missionName(m.mission, lang), m.mission).not.toMatch(/[A-Za-z]/);
    }
  });

  it('place names take each language’s usual spelling', () => {
    expect(SITES.map((s) => placeName(s.id, 'en'))).toContain('Zhezkazgan');
    expect(placeName('zhezkazgan', 'ru')).toBe('Жезказган');
    expect(placeName('zhezkazgan', 'kk')).toBe('Жезқазған');
    expect(placeName('baikonur', 'kk')).toMatch(/^Байқоңыр/);
    for (const s of SITES) expect(hasCyrillic(placeName(s.id, 'ru')), s.id).toBe(true);
  });
});

describe('mission data shown in the app', () => {
  /** Every phrase of the data that the card, the markers, the picker or a label shows. */
  function shownTexts(): string[] {
    const out: string[] = [];
    for (const m of missions) {
      out.push(m.event_type, ...(m.notes ?? []), ...(m.conflicts ?? []));
      const l = m.landing;
      if (l) {
        for (const s of [l.time_precision, l.reported_distance_direction, l.touchdown_attitude])
          if (s) out.push(s);
        if (l.coord_status) out.push(l.coord_status);
        if (l.estimate) out.push(l.estimate.coord_status);
      }
      if (m.launch?.pad) out.push(m.launch.pad);
      if (m.launch?.vehicle) out.push(m.launch.vehicle);
      for (const e of m.timeline) if (e.status) out.push(e.status);
    }
    out.push(...SITES.map((s) => s.source));
    return [...new Set(out)];
  }

  it('has a Russian and a Kazakh translation of every phrase', () => {
    const missing = shownTexts().filter((s) => !hasDataText(s));
    expect(missing).toEqual([]);
    expect(dataText('minute', 'ru')).toBe('до минуты');
  });

  it('spells Zhezkazgan the usual way in the translated phrases, whatever the source wrote', () => {
    for (const s of shownTexts()) {
      if (!/Zhezkazgan|Dzhezkazgan|Jezkazgan|Dzheskasgan|Zhezqazghan/.test(s)) continue;
      expect(dataText(s, 'ru'), s).toMatch(/Жезказган/);
      expect(dataText(s, 'kk'), s).toMatch(/Жезқазған/);
    }
  });

  it('gives every distance in kilometres, in every language, even where a source wrote miles', () => {
    const shown = shownTexts();
    // The data does quote miles (NASA's ">150 million miles" for MS-19): the test is not empty.
    expect(shown.some((s) => /miles/.test(s))).toBe(true);
    for (const s of shown)
      for (const lang of ['en', 'ru', 'kk'] as const)
        expect(dataText(s, lang), `${lang}: ${s}`).not.toMatch(/\bmiles?\b|мил[ьия]/i);
    expect(dataText('>150 million miles', 'en')).toBe('>≈241 million km');
    const ms19 = shown.find((s) => s.startsWith('Vande Hei & Dubrov: 355 days'))!;
    expect(dataText(ms19, 'kk')).toContain('≈241 млн км');
    expect(dataText(ms19, 'ru')).toContain('≈241 млн км');
  });

  it('every event type the data and the physics use has a label', () => {
    const types = new Set<string>([...DESCENT_EVENT_TYPES, ...ASCENT_EVENT_TYPES, 'on_pad']);
    for (const m of missions) for (const e of m.timeline) types.add(e.event);
    const missing = [...types].filter((type) => !EN.has(`events.${type}`));
    expect(missing).toEqual([]);
    // Ascent phases are not shown as such (the phase row shows the last event passed).
    expect(ASCENT_PHASES.length).toBeGreaterThan(0);
  });
});

describe('text built by the app, in Russian and Kazakh, with nothing missing', () => {
  const ms19 = missions.find((m) => m.id === 'soyuz-ms-19-landing')!;
  const { events } = missionClock(ms19);

  it('telemetry, captions and reasons use no English and report no missing string', () => {
    for (const lang of ['ru', 'kk'] as const) {
      setLanguage(lang);
      for (const iso of ['2022-03-30T10:29:00Z', '2022-03-30T11:10:30Z', '2022-03-30T11:40:00Z']) {
        const text = telemetryText({ utcMs: Date.parse(iso), missionId: ms19.id, events });
        for (const [key, value] of Object.entries(text.fields)) {
          // UTC, TLE and g are written so in every language.
          expect(value.replace(/UTC|TLE|\bg\b/g, ''), `${lang} ${iso} ${key}`).not.toMatch(
            /[A-Za-z]/,
          );
        }
      }
      for (const type of [...DESCENT_EVENT_TYPES, ...ASCENT_EVENT_TYPES]) {
        const c = eventCaption(type, null);
        expect(c.title + c.explain, `${lang} ${type}`).not.toMatch(/[A-Za-z]{2,}/);
      }
      expect(reasonText({ code: 'noTleReturn', mission: 'Soyuz MS-08' }, lang)).toMatch(
        /Союз МС-08/,
      );
    }
    expect(missingTranslations()).toEqual([]);
  });

  it('formats numbers and units for the language', () => {
    setLanguage('ru');
    expect(t('units.km', { value: '408,2' })).toBe('408,2 км');
    const text = telemetryText({
      utcMs: Date.parse('2022-03-30T10:29:00Z'),
      missionId: ms19.id,
      events,
    });
    expect(text.fields.alt).toMatch(/^4\d\d,\d км$/);
    expect(text.fields.msk).toBe('13:29:00 (UTC+3)');
    setLanguage('kk');
    expect(
      telemetryText({ utcMs: Date.parse('2022-03-30T10:29:00Z'), missionId: ms19.id, events })
        .fields.speed,
    ).toMatch(/^7,\d\d км\/с$/);
  });
});
