import { t, type Lang } from '../../i18n';
// The notes' English strings come with the notes (i18n/locales/enLater.ts).
import '../../i18n/laterEnglish';
import { formatMinSec, formatNumber, formatUnit } from '../../i18n/format';

/**
 * The number formats a teacher's note needs, bound to one language so that a note asked for in
 * Kazakh has Kazakh figures even while the page shows another language (a presenter view may).
 */
export interface NoteFormat {
  lang: Lang;
  /** Altitude: whole km from 100 km up, to a tenth below ("80.5 km", "35 km"). */
  km(km: number): string;
  /** A speed given in km/s: km/s from 1 km/s up, m/s below (a decimal under 10 m/s). */
  speed(kms: number): string;
  /** A sourced constant in m/s, as the sources give it ("128 m/s", "0.12 m/s"). */
  ms(ms: number): string;
  m(m: number): string;
  m2(m2: number): string;
  /** A duration: "4 min 40 s", or "3 h 12 min" from an hour up. */
  duration(ms: number): string;
  /** A fraction as a percentage, with one decimal below 10 %. */
  percent(fraction: number): string;
  degrees(deg: number): string;
  number(n: number, digits?: number): string;
}

export function noteFormat(lang: Lang): NoteFormat {
  return {
    lang,
    km: (km) =>
      km >= 100
        ? formatUnit('km', km, 0, lang)
        : formatUnit('km', Math.round(km * 10) / 10, 'as is', lang),
    speed: (kms) =>
      kms >= 1
        ? formatUnit('kms', kms, 1, lang)
        : formatUnit('ms', kms * 1000, kms >= 0.01 ? 0 : 1, lang),
    ms: (ms) => formatUnit('ms', ms, 'as is', lang),
    m: (m) => formatUnit('m', m, 'as is', lang),
    m2: (m2) => formatUnit('m2', m2, 'as is', lang),
    duration: (ms) => {
      const s = Math.round(ms / 1000);
      if (s < 3600) return formatMinSec(s, lang);
      const minutes = Math.round(s / 60);
      return t('teacherNotes.hoursMinutes', {
        h: formatNumber(Math.floor(minutes / 60), 0, lang),
        m: formatNumber(minutes % 60, 0, lang),
        lng: lang,
      });
    },
    percent: (fraction) => {
      const pct = fraction * 100;
      const value = formatNumber(pct, pct < 10 ? 1 : 0, lang);
      return t('teacherNotes.percent', { value, lng: lang });
    },
    degrees: (deg) => t('teacherNotes.degrees', { value: formatNumber(deg, 1, lang), lng: lang }),
    number: (n, digits = 0) => formatNumber(n, digits, lang),
  };
}
