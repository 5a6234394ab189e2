import type { FileLike } from '../../data/missionFile';
import { userMissions } from '../../data/userMissions';
import { markUserText, t } from '../../i18n';
import type { ClockStore } from '../../clock/clockStore';
import { openMission } from '../../replay/openMission';
import { missionFileProblemText } from './missionFileText';
import { notices } from '../../common/notices';

/** The notices group of file problems: a new file's outcome replaces the last one's. */
const GROUP = 'missionFile';

/** One file at a time, so two quick drops cannot both pass the check for a taken id. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Load a mission file the person dropped or chose. A good file adds its missions for this page
 * session and opens the first; anything wrong is said in a notice, and the mission, the clock and
 * the view stay exactly as they were. Resolves to whether the file was loaded.
 */
export function loadMissionFile(file: FileLike, clock: ClockStore): Promise<boolean> {
  const next = queue.then(async () => {
    // The reader and its zod schema are a chunk of their own, fetched for the first file only.
    const reader = await import('../../data/missionFile').catch(() => null);
    if (!reader) {
      // Offline on a first visit: the file is left as it was, and the person told why.
      notices.getState().push(() => t('parts.failed'), 'error', GROUP);
      return false;
    }
    const read = await reader.readMissionFile(file);
    if (!read.ok) {
      const problem = read.problem;
      notices.getState().push(() => missionFileProblemText(problem, file.name), 'error', GROUP);
      return false;
    }
    notices.getState().dismissGroup(GROUP);
    // The file's words are shown as written, never looked up as missing translations.
    markUserText([file.name, read.missions]);
    userMissions.getState().add(read.missions, file.name);
    openMission(clock, read.missions[0]!);
    return true;
  });
  queue = next.catch(() => undefined);
  return next;
}
