import { t, type Key, type Lang } from '../i18n';
import type { Reason } from '../replay/reasons';

/** The catalogue key for each reason the replay and the scene state give. */
const KEYS: Readonly<Record<Reason['code'], Key>> = {
  couldNotModelDescent: 'reason.couldNotModelDescent',
  couldNotModelAscent: 'reason.couldNotModelAscent',
  notLanding: 'reason.notLanding',
  noTimes: 'reason.noTimes',
  noTleReturn: 'reason.noTleReturn',
  noTleLaunch: 'reason.noTleLaunch',
  noPad: 'reason.noPad',
  noLandingPoint: 'reason.noLandingPoint',
  noDocking: 'reason.noDocking',
  noTle: 'telemetry.noTle',
  noTleNear: 'telemetry.noTleNear',
  sgp4: 'telemetry.sgp4',
};

/** A reason in words, in `lang`. A physics detail stays as the physics wrote it. */
export function reasonText(reason: Reason, lang: Lang): string {
  const key = KEYS[reason.code];
  switch (reason.code) {
    case 'couldNotModelDescent':
    case 'couldNotModelAscent':
      return t(key, { why: reason.detail, lng: lang });
    case 'noTleNear':
      return t(key, { days: String(reason.days), lng: lang });
    case 'noTle':
    case 'sgp4':
      return t(key, { lng: lang });
    default:
      return t(key, { mission: reason.mission, lng: lang });
  }
}
