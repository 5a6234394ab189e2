import { useCurrentReplay } from '../../replay/useCurrentReplay';
import { useEffect, useState } from 'react';
import { t, useLang } from '../../i18n';
import { lazyPart } from '../../common/lazyPart';
import './charts.css';

/**
 * The charts themselves are a chunk of their own, fetched when they are first unfolded (at once
 * where the window is tall enough for them to start open) or when idle after ready.
 */
const charts = lazyPart(() => import('./Charts').then((m) => m.Charts));

/** Below this window height the charts start folded, so they do not cover the globe. */
const OPEN_MIN_HEIGHT_PX = 900;

/** Charts for the current mission, when it has a modelled descent; C folds and unfolds them. */
export function ChartsPanel() {
  const { replay } = useCurrentReplay();
  useLang();
  const descent = replay?.descent ?? null;
  const [open, setOpen] = useState(() => window.innerHeight >= OPEN_MIN_HEIGHT_PX);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement;
      if (!typing && !e.ctrlKey && !e.metaKey && (e.key === 'c' || e.key === 'C'))
        setOpen((o) => !o);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  if (!descent) return null;
  return (
    <div className="charts-area" data-panel="charts">
      <button
        type="button"
        className="charts-toggle"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        data-testid="charts-toggle"
        title={t('charts.title')}
      >
        {t('charts.toggle')} {open ? '▾' : '▸'}
      </button>
      {open && <charts.Part descent={descent} />}
    </div>
  );
}
