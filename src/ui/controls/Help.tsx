import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { t, useLang } from '../../i18n';
import { keyActionText, KEYMAP, keysText } from './keyBindings';
import { motion, useReducedMotion } from '../../common/reducedMotion';
import './controls.css';

/** The keyboard map and the reduced-motion setting, opened with ? or the help button. */
export function Help({ onClose }: { onClose: () => void }) {
  const card = useRef<HTMLDivElement>(null);
  useLang();
  // Focus goes back where it was when the help closes (read while rendering: the Close button
  // takes focus before any effect runs).
  const [opener] = useState(() => document.activeElement);
  useEffect(() => () => (opener instanceof HTMLElement ? opener.focus() : undefined), [opener]);
  // A modal dialog keeps Tab inside itself.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Tab' || !card.current) return;
    const items = card.current.querySelectorAll<HTMLElement>('button');
    const first = items[0];
    const last = items[items.length - 1];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last?.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first?.focus();
    }
  };
  return (
    <div
      className="help"
      role="dialog"
      aria-modal="true"
      aria-labelledby="help-title"
      onKeyDown={onKeyDown}
    >
      <div className="help__card panel" ref={card}>
        <h2 id="help-title">{t('help.title')}</h2>
        <table>
          <tbody>
            {KEYMAP.map((k) => (
              <tr key={k.keys}>
                <th scope="row">
                  <kbd>{keysText(k.keys)}</kbd>
                </th>
                <td>{keyActionText(k)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="small">{t('help.drag')}</p>
        <p className="small">{t('help.missionFile')}</p>
        <ReducedMotionSetting />
        <button type="button" onClick={onClose} autoFocus>
          {t('help.close')}
        </button>
      </div>
    </div>
  );
}

/** The in-app reduced-motion switch; it starts at the system's preference and is remembered. */
function ReducedMotionSetting() {
  const reduced = useReducedMotion();
  return (
    <p className="help__setting">
      <button
        type="button"
        aria-pressed={reduced}
        aria-describedby="reduce-motion-what"
        onClick={() => motion.getState().setReduced(!reduced)}
        data-testid="reduce-motion"
      >
        {t('help.reduceMotion')}
      </button>{' '}
      <span id="reduce-motion-what" className="small">
        {t('help.reduceMotionWhat')}
      </span>
    </p>
  );
}
