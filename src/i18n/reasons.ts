import type { Key } from './locales/en';
import type { Lang } from './languages';
import { reportMissing, t } from './i18n';

/**
 * The physics and the replay explain in English why something cannot be shown ("No ISS element
 * set near Soyuz MS-08's return"). These are the forms they use, each with its catalogue key; the
 * detail a physics error carries after "could not be modelled:" stays as the physics wrote it.
 */
const FORMS: ReadonlyArray<[RegExp, Key, (m: RegExpExecArray) => Record<string, string>]> = [
  [
    /^The descent could not be modelled: (.*)$/s,
    'reason.couldNotModelDescent',
    (m) => ({ why: m[1]! }),
  ],
  [
    /^The ascent could not be modelled: (.*)$/s,
    'reason.couldNotModelAscent',
    (m) => ({ why: m[1]! }),
  ],
  [/^(.*) is not a landing replay$/, 'reason.notLanding', (m) => ({ mission: m[1]! })],
  [
    /^The sources give neither a deorbit burn nor a landing time for (.*)$/,
    'reason.noTimes',
    (m) => ({ mission: m[1]! }),
  ],
  [/^No ISS element set near (.*)['’]s return$/, 'reason.noTleReturn', (m) => ({ mission: m[1]! })],
  [/^No ISS element set near (.*)['’]s launch$/, 'reason.noTleLaunch', (m) => ({ mission: m[1]! })],
  [/^The sources give no launch pad for (.*)$/, 'reason.noPad', (m) => ({ mission: m[1]! })],
  [/^The sources give no docking time for (.*)$/, 'reason.noDocking', (m) => ({ mission: m[1]! })],
  [/^No ISS orbit data \(TLE\) is loaded$/, 'telemetry.noTle', () => ({})],
  [
    /^No ISS orbit data within (\d+) days of this date$/,
    'telemetry.noTleNear',
    (m) => ({ days: m[1]! }),
  ],
  [/^SGP4 cannot place the ISS at this time$/, 'telemetry.sgp4', () => ({})],
];

/** A reason from the replay or the scene state, in `lang`. */
export function localizeReason(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  for (const [re, key, vars] of FORMS) {
    const m = re.exec(text);
    if (m) return t(key, { ...vars(m), lng: lang });
  }
  reportMissing(lang, `reason "${text}"`);
  return text;
}
