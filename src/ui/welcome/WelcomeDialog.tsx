import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import {
  crewMember,
  currentLang,
  LANGUAGE_NAMES,
  LANGUAGES,
  missionName,
  setLanguage,
  t,
  useLang,
  type Lang,
} from '../../i18n';
import { formatDate, formatNumber } from '../../i18n/format';
import type { MissionRecord } from '../../data/schema';
import { useClockStore } from '../../clock/ClockContext';
import type { ClockStore } from '../../clock/clockStore';
import { openMission } from '../../replay/openMission';
import { browserStorage, preferredLang, rememberWelcomed } from './shouldWelcome';
import { availableWays, longStay, type WelcomeWay } from './welcomeWays';
import { withDetails } from '../../data/catalogueDetails';

/**
 * Open a way in at the mission's opening moment (missionClock: a few minutes before the deorbit
 * burn, or before lift-off), paused, with smart rate on. Paused, because a teacher opening it in
 * front of a class first says what is about to happen; smart rate, because Play then reaches the
 * burn (or lift-off) in about twenty seconds and plays the event itself at real time.
 */
function openWay(clock: ClockStore, mission: MissionRecord): void {
  openMission(clock, mission);
  clock.getState().pause();
}

/** The card's sentence, every name and figure in it from the data, in the language shown. */
function wayText(way: WelcomeWay, m: MissionRecord, lang: Lang): string {
  if (way.text !== 'welcome.yearText') return t(way.text);
  const stay = longStay(withDetails(m));
  // Without the figure in the data the card says only what every return is.
  if (stay?.crew.length !== 2) return t('welcome.returnText');
  const [first, second] = stay.crew.map((c) => crewMember(c, lang).name);
  return t(way.text, { first: first!, second: second!, days: formatNumber(stay.days, 0, lang) });
}

/** "Soyuz MS-19 · 30 Mar 2022", the date kept on one line. */
const wayMeta = (m: MissionRecord, lang: Lang) =>
  `${missionName(m.mission, lang)} · ${formatDate(m.date, lang).replace(/ /g, '\u00a0')}`;

/** The welcome's dialog itself, a chunk of its own (see Welcome.tsx). */
export function WelcomeDialog({ onClose }: { onClose: () => void }) {
  const clock = useClockStore();
  const lang = useLang();
  const card = useRef<HTMLDivElement>(null);
  // Read while rendering: the first card takes focus before any effect runs.
  const [opener] = useState(() => document.activeElement);
  // The default replay waits behind the welcome rather than playing into its burn unseen.
  const [wasPlaying] = useState(() => clock.getState().playing);
  useEffect(() => {
    clock.getState().pause();
    // A first visit with no link may greet in the browser's language (a link keeps its own).
    const preferred = preferredLang(navigator.languages ?? [navigator.language]);
    if (preferred && preferred !== currentLang()) setLanguage(preferred);
    // autoFocus does this on mount; again here for a remount (React's StrictMode in development).
    if (!card.current?.contains(document.activeElement))
      card.current?.querySelector<HTMLElement>('[data-way]')?.focus();
    return () => (opener instanceof HTMLElement ? opener.focus() : undefined);
  }, [clock, opener]);

  /** Closing without choosing: the default replay plays on as it would have. */
  const close = () => {
    rememberWelcomed(browserStorage());
    if (wasPlaying) clock.getState().play();
    onClose();
  };
  const choose = (m: MissionRecord) => {
    rememberWelcomed(browserStorage());
    openWay(clock, m);
    onClose();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // The page's shortcuts act on the scene behind; a modal keeps its keys to itself.
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (e.key === 'Tab' && card.current) {
      // Round the dialog's buttons, from the card itself too (a click on its text focuses it).
      const items = [...card.current.querySelectorAll<HTMLElement>('button')];
      const at = items.indexOf(document.activeElement as HTMLElement);
      const wrap = e.shiftKey ? at <= 0 : at === -1 || at === items.length - 1;
      if (wrap) {
        e.preventDefault();
        items[e.shiftKey ? items.length - 1 : 0]?.focus();
      }
    }
  };
  const onBackdrop = (e: MouseEvent<HTMLDivElement>) => {
    if (e.target === e.currentTarget) close();
  };

  const ways = availableWays();
  return (
    <div
      className="welcome"
      data-panel="welcome"
      role="dialog"
      aria-modal="true"
      aria-labelledby="welcome-title"
      aria-describedby="welcome-what"
      onKeyDown={onKeyDown}
      onClick={onBackdrop}
    >
      {/* Focusable, so a click on the card's text keeps the keyboard inside the dialog. */}
      <div className="welcome__card panel" ref={card} tabIndex={-1}>
        <div className="welcome__top">
          <div className="welcome__langs" role="group" aria-label={t('app.language')}>
            {LANGUAGES.map((l) => (
              <button
                key={l}
                type="button"
                lang={l}
                aria-pressed={l === lang}
                onClick={() => setLanguage(l)}
              >
                {LANGUAGE_NAMES[l]}
              </button>
            ))}
          </div>
          <button
            type="button"
            className="welcome__close"
            onClick={() => close()}
            aria-label={t('welcome.close')}
            title={t('welcome.close')}
          >
            ×
          </button>
        </div>
        <h2 id="welcome-title">{t('welcome.title')}</h2>
        <p id="welcome-what" className="welcome__what">
          {t('welcome.what')}
        </p>
        <h3 className="welcome__begin">{t('welcome.begin')}</h3>
        <ul className="welcome__ways">
          {ways.map(({ way, mission }, i) => (
            <li key={way.missionId}>
              <button
                type="button"
                className="welcome__way"
                data-way={way.missionId}
                onClick={() => choose(mission)}
                autoFocus={i === 0}
              >
                <span className="welcome__way-title">{t(way.title)}</span>
                <span className="welcome__way-meta">{wayMeta(mission, lang)}</span>
                <span className="welcome__way-text">{wayText(way, mission, lang)}</span>
              </button>
            </li>
          ))}
        </ul>
        <p className="small welcome__hint">{t('welcome.hint')}</p>
        <button
          type="button"
          className="welcome__explore"
          onClick={() => close()}
          data-testid="welcome-explore"
        >
          {t('welcome.explore')}
        </button>
      </div>
    </div>
  );
}
