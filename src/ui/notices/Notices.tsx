import { useStore } from 'zustand';
import { t } from '../../i18n';
import { useLang } from '../../i18n';
import { notices, noticeText } from '../../common/notices';
import './notices.css';

/** Dismissible messages: what the URL got wrong, what could not load. Text only, never HTML. */
export function Notices() {
  const items = useStore(notices, (s) => s.items);
  useLang(); // re-render in a new language
  if (items.length === 0) return null;
  return (
    <div className="notices" role="status" aria-live="polite" data-panel="notices">
      {items.map((n) => (
        <div key={n.id} className={`notice notice--${n.kind}`} data-testid="notice">
          <span>{noticeText(n.text)}</span>
          {n.action && (
            <button type="button" className="notice__action" onClick={n.action.run}>
              {noticeText(n.action.label)}
            </button>
          )}
          <button
            type="button"
            onClick={() => notices.getState().dismiss(n.id)}
            aria-label={t('app.dismiss')}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
