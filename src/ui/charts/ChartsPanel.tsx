import { useCurrentReplay } from '../../replay/useCurrentReplay';
import { useEffect, useState } from 'react';
import { t, useLang } from '../../i18n';
import { lazyPart } from '../../common/lazyPart';
import { notices } from '../../common/notices';
import type { DescentResult } from '../../physics/descent';
import './charts.css';

/**
 * The charts themselves are a chunk of their own, fetched when they are first unfolded (at once
 * where the window is tall enough for them to start open) or when idle after ready.
 */
const charts = lazyPart(() => import('./Charts').then((m) => m.Charts));

/** Below this window height the charts start folded, so they do not cover the globe. */
const OPEN_MIN_HEIGHT_PX = 900;

/** The CSV writer is fetched on the first click: most people never download the data. */
async function downloadCsv(missionId: string, descent: DescentResult): Promise<void> {
  const csv = await import('./csvDownload').catch(() => null);
  // Offline on a first visit: nothing is saved, and the person is told why.
  if (!csv) notices.getState().push(() => t('parts.failed'), 'error');
  else csv.downloadDescentCsv(missionId, descent);
}

/** Charts for the current mission, when it has a modelled descent; C folds and unfolds them. */
export function ChartsPanel() {
  const { replay, mission } = useCurrentReplay();
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
  // No modelled descent (a launch, or no orbit data): no charts, and no data to download.
  if (!descent || !mission) return null;
  return (
    <div className="charts-area" data-panel="charts">
      <div className="charts-bar">
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
        <button
          type="button"
          onClick={() => void downloadCsv(mission.id, descent)}
          data-testid="charts-csv"
          title={t('charts.csvTitle')}
        >
          {t('charts.csv')}
        </button>
      </div>
      {open && <charts.Part descent={descent} />}
    </div>
  );
}
