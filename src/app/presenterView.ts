import type { ClockStore } from '../clock/clockStore';
import { currentLang, t } from '../i18n';
import { notices } from '../common/notices';
import { viewRole } from '../common/viewRole';
import type { PeerRole } from '../present/windowSync';
import { formatUrlState } from './urlState';

/** The presenter's window's name: pressing V again reuses it rather than opening a third. */
const PRESENTER_WINDOW = 'soyuz-replay-presenter';

const session = () => import('../present/presenterSession');

/** This window takes a role of a presenter's view; the sync and its styles are fetched now. */
export function startPresenterRole(clock: ClockStore, role: PeerRole): void {
  viewRole.getState().setRole(role);
  session().then(
    (m) => m.startPresenterSession(clock, role),
    () => {
      viewRole.getState().setRole('normal');
      notices.getState().push(() => t('parts.failed'), 'error');
    },
  );
}

/**
 * V, or the Presenter view button. In a whole app: open the presenter's window (for the laptop)
 * at this very moment, and make this one the projector's. In either window of a presenter's
 * view: end it, and both are whole apps again. window.open runs in the key press or click
 * itself, which is what lets it past a pop-up blocker.
 */
export function togglePresenterView(clock: ClockStore): void {
  const role = viewRole.getState().role;
  if (role === 'screen' || role === 'presenter') {
    void session().then((m) => m.endPresenterSession());
    return;
  }
  if (role !== 'normal') return;
  const search = formatUrlState({ ...clock.getState(), lang: currentLang(), view: 'presenter' });
  const opened = window.open(
    `${window.location.pathname}${search}`,
    PRESENTER_WINDOW,
    'popup,width=1280,height=800',
  );
  if (!opened) {
    notices.getState().push(() => t('presenterView.blocked'), 'error');
    return;
  }
  startPresenterRole(clock, 'screen');
}
