import { t } from '../i18n';
import { formatNumber, formatUtcClock } from '../i18n/format';
import '../i18n/laterEnglish';
import type { NoCodec } from './codecChoice';
import type { RequestProblem } from './exportRequest';

/** Why a request was refused, as a sentence that says what to change. */
export function problemText(p: RequestProblem): string {
  switch (p.kind) {
    case 'badTime':
      return t('video.badTime', { value: p.value });
    case 'order':
      return t('video.order');
    case 'outside':
      return t('video.outside', { start: formatUtcClock(p.startMs), end: formatUtcClock(p.endMs) });
    case 'size':
      return t('video.badSize', { value: p.value });
    case 'fps':
      return t('video.badFps', { value: p.value });
    case 'rate':
      return t('video.badRate', { value: p.value });
    case 'tooShort':
      return t('video.tooShort');
    case 'tooLong':
      return t('video.tooLong', { max: formatNumber(p.maxMin) });
  }
}

/** Where the browser cannot encode: plainly, and what would help. */
export function noCodecText(why: NoCodec, width: number, height: number): string {
  return why === 'noWebCodecs'
    ? t('video.noWebCodecs')
    : t('video.noCodec', { size: `${String(width)}×${String(height)}` });
}

/** "4.2 MB", "830 kB": a file's size in the language's number format. */
export function fileSizeText(bytes: number): string {
  return bytes >= 1e6
    ? t('video.megabytes', { value: formatNumber(bytes / 1e6, 1) })
    : t('video.kilobytes', { value: formatNumber(Math.max(1, Math.round(bytes / 1e3))) });
}
