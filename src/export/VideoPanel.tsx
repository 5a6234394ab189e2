import { useId, useState } from 'react';
import { ClosablePanel } from '../ui/layout/ClosablePanel';
import { t, useLang } from '../i18n';
import { formatMinSec, formatNumber } from '../i18n/format';
import { useClockStore } from '../clock/ClockContext';
import { formatUtc } from '../physics/time';
import '../i18n/laterEnglish';
import { fileSizeText } from './exportMessages';
import type { ExportProgress } from './exportProgress';
import { FRAME_RATES, SIZES, type ExportOptions } from './exportRequest';
import { useVideoJob, videoJob } from './videoJob';
import './video.css';

/** The span the "from … to" fields open with: the clock's instant and the 30 s after it. */
const DEFAULT_SPAN_MS = 30_000;

function progressText(p: ExportProgress | null): string {
  if (!p || p.stage === 'loading') return t('video.preparing');
  if (p.stage === 'finishing') return t('video.finishing');
  const frames = t('video.progress', { done: formatNumber(p.done), total: formatNumber(p.total) });
  return p.leftMs === null
    ? frames
    : `${frames} · ${t('video.left', { time: formatMinSec(Math.ceil(p.leftMs / 1000)) })}`;
}

/**
 * Export a video: what to record (the whole descent in smart rate, or a span in real time), the
 * size and frame rate; then a progress bar with the time left and Cancel; then the file.
 */
export function VideoPanel({ onClose }: { onClose: () => void }) {
  useLang();
  const id = useId();
  const clock = useClockStore();
  const job = useVideoJob((s) => s);
  const [whole, setWhole] = useState(true);
  const [from, setFrom] = useState(() => formatUtc(clock.getState().utcMs));
  const [to, setTo] = useState(() => {
    const c = clock.getState();
    return formatUtc(Math.min(c.range.endMs, c.utcMs + DEFAULT_SPAN_MS));
  });
  const [size, setSize] = useState(0);
  const [fps, setFps] = useState(FRAME_RATES[0]!);
  const running = job.status === 'running';

  const start = () => {
    const [width, height] = SIZES[size]!;
    const opts: ExportOptions = whole ? { width, height, fps } : { from, to, width, height, fps };
    videoJob.getState().start(clock, opts);
  };

  return (
    <ClosablePanel
      className="video-panel"
      panel="video"
      testId="video-panel"
      title={t('video.title')}
      closeLabel={t('video.close')}
      onClose={onClose}
    >
      <p className="small">{t('video.help')}</p>
      <fieldset disabled={running}>
        <legend>{t('video.span')}</legend>
        <label>
          <input type="radio" name={`${id}-span`} checked={whole} onChange={() => setWhole(true)} />{' '}
          {t('video.whole')}
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-span`}
            checked={!whole}
            onChange={() => setWhole(false)}
            data-testid="video-span-between"
          />{' '}
          {t('video.between')}
        </label>
        {whole ? (
          <p className="small">{t('video.wholeHelp')}</p>
        ) : (
          <div className="video-panel__times">
            <label>
              {t('video.from')}
              <input value={from} onChange={(e) => setFrom(e.target.value)} spellCheck={false} />
            </label>
            <label>
              {t('video.to')}
              <input value={to} onChange={(e) => setTo(e.target.value)} spellCheck={false} />
            </label>
          </div>
        )}
      </fieldset>
      <div className="video-panel__row">
        <label>
          {t('video.size')}{' '}
          <select
            value={size}
            onChange={(e) => setSize(Number(e.target.value))}
            disabled={running}
            data-testid="video-size"
          >
            {SIZES.map(([w, h], i) => (
              <option key={w} value={i}>
                {`${String(w)} × ${String(h)}`}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('video.fps')}{' '}
          <select value={fps} onChange={(e) => setFps(Number(e.target.value))} disabled={running}>
            {FRAME_RATES.map((f) => (
              <option key={f} value={f}>
                {t('video.fpsValue', { fps: formatNumber(f) })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="video-panel__row">
        <button type="button" onClick={start} disabled={running} data-testid="video-export">
          {t('video.export')}
        </button>
        {running && (
          <button
            type="button"
            onClick={() => videoJob.getState().cancel()}
            data-testid="video-cancel"
          >
            {t('video.cancel')}
          </button>
        )}
      </div>
      {running && (
        <div className="video-panel__progress" data-testid="video-progress">
          <progress
            max={job.progress?.total || 1}
            value={job.progress?.stage === 'loading' ? undefined : (job.progress?.done ?? 0)}
            aria-label={t('video.progressLabel')}
          />
          <p className="small" aria-live="polite">
            {progressText(job.progress)}
          </p>
        </div>
      )}
      {job.status === 'failed' && (
        <p className="video-panel__problem" role="alert" data-testid="video-error">
          {job.error}
        </p>
      )}
      {job.status === 'done' && job.file && (
        <div className="video-panel__done" data-testid="video-done">
          <p className="small" role="status">
            {t('video.done', {
              duration: formatMinSec(Math.round(job.file.durationS)),
              size: fileSizeText(job.file.bytes),
            })}
          </p>
          <a href={job.file.url} download={job.file.fileName} data-testid="video-download">
            {t('video.download', { name: job.file.fileName })}
          </a>
        </div>
      )}
    </ClosablePanel>
  );
}
