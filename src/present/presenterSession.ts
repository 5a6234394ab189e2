import type { ClockStore } from '../clock/clockStore';
import { t } from '../i18n';
import '../i18n/laterEnglish';
import { notices, type NoticeText } from '../common/notices';
import { viewRole } from '../common/viewRole';
import { notes } from '../ui/notes/notesStore';
import { startLessonClock } from './lessonClock';
import { startWindowSync, type PeerRole, type WindowSync } from './windowSync';
import { peerStatus } from './peerStatus';
import './present.css';

/**
 * How long a window waits, after the other one said goodbye, before it goes on alone: a reload
 * of the other window says goodbye and is back within this.
 */
export const REJOIN_GRACE_MS = 4_000;

let session: { sync: WindowSync; onPageHide: () => void } | null = null;
let graceTimer: ReturnType<typeof setTimeout> | undefined;

const say = (text: NoticeText) => notices.getState().push(text, 'info');

/** Back to one window with everything: the other has gone, or the view was ended. */
function goAlone(): void {
  if (graceTimer) clearTimeout(graceTimer);
  graceTimer = undefined;
  if (session) {
    window.removeEventListener('pagehide', session.onPageHide);
    session.sync.stop();
    session = null;
  }
  peerStatus.getState().set(false);
  viewRole.getState().setRole('normal');
}

/**
 * This window becomes one of the two of a presenter's view: the projector's (scene, caption and
 * title) or the laptop's (controls, timeline, notes, a live preview, the lesson's time). The two
 * stay in step through windowSync.ts; when the other goes for good, this one is a whole app again.
 */
export function startPresenterSession(clock: ClockStore, role: PeerRole): void {
  if (session) return;
  viewRole.getState().setRole(role);
  if (role === 'presenter') {
    notes.getState().setOpen(true);
    startLessonClock();
  }
  const sync = startWindowSync({
    clock,
    role,
    onPeerJoined: () => {
      if (graceTimer) clearTimeout(graceTimer);
      graceTimer = undefined;
      peerStatus.getState().set(true);
    },
    onPeerLeft: (left) => {
      peerStatus.getState().set(false);
      if (graceTimer) clearTimeout(graceTimer);
      graceTimer = setTimeout(() => {
        goAlone();
        say(() =>
          t(left === 'screen' ? 'presenterDesk.screenLeft' : 'presenterDesk.presenterLeft'),
        );
      }, REJOIN_GRACE_MS);
    },
    onEnded: () => {
      goAlone();
      say(() => t('presenterDesk.ended'));
    },
    onUnknownMission: (id) =>
      notices.getState().push(() => t('presenterDesk.unknownMission', { id }), 'error'),
  });
  // Closing or reloading the window tells the other one at once.
  const onPageHide = () => sync.stop();
  window.addEventListener('pagehide', onPageHide);
  session = { sync, onPageHide };
}

/** V (or the button) in either window: both go back to being whole apps. */
export function endPresenterSession(): void {
  session?.sync.end();
  goAlone();
}
