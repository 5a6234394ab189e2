import type { MissionFileProblem } from '../../data/missionFile';
import { REPLAY_TLE_MAX_GAP_MS } from '../../data/issTles';
import { t } from '../../i18n';
import { formatDate, formatNumber, formatUtcClock } from '../../i18n/format';

const megabytes = (bytes: number) =>
  t('missionFile.megabytes', { value: formatNumber(bytes / 1_048_576, 1) });

/**
 * What was wrong with the person's mission file, in one sentence that says what to do about it.
 * The file's own words (its name, paths, mission names) are quoted as written.
 */
export function missionFileProblemText(p: MissionFileProblem, file: string): string {
  switch (p.kind) {
    case 'tooBig':
      return t('missionFile.tooBig', {
        file,
        size: megabytes(p.bytes),
        max: megabytes(p.maxBytes),
      });
    case 'unreadable':
      return t('missionFile.unreadable', { file, why: p.why });
    case 'notJson':
      return t('missionFile.notJson', { file, why: p.why });
    case 'notMissions':
      return t('missionFile.notMissions', { file });
    case 'tooMany':
      return t('missionFile.tooMany', { file, missions: p.missions, max: p.max });
    case 'missing':
      return t('missionFile.missing', { file, path: p.path });
    case 'invalid':
      return t('missionFile.invalid', { file, path: p.path, why: p.why });
    case 'duplicate':
      return t('missionFile.duplicate', { file, id: p.id });
    case 'idTaken':
      return t('missionFile.idTaken', { file, id: p.id, mission: p.mission });
    case 'idLoaded':
      return t('missionFile.idLoaded', { id: p.id, loaded: p.fileName });
    case 'tle':
      return t('missionFile.tle', { file, path: p.path, why: p.why });
    case 'notIss':
      return t('missionFile.notIss', { file, path: p.path, satnum: p.satnum });
    case 'outOfRange':
      return t('missionFile.outOfRange', {
        file,
        mission: p.mission,
        event: p.event,
        time: formatUtcClock(p.atMs),
        days: formatNumber(p.days, 1),
        epoch: formatDate(p.epochMs),
        limit: REPLAY_TLE_MAX_GAP_MS / 86_400_000,
      });
    case 'sgp4':
      return t('missionFile.sgp4', {
        file,
        mission: p.mission,
        event: p.event,
        time: formatUtcClock(p.atMs),
        why: p.why,
      });
  }
}
