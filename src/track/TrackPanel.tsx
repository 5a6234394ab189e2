import { useId, useState } from 'react';
import { ClosablePanel } from '../ui/layout/ClosablePanel';
import type { PasteProblem } from './pastedTle';
import { trackedFixAt, trackedSatellite, useTracked } from './trackedSatellite';
import { t, useLang } from '../i18n';
import { useClock } from '../clock/clockStore';
import { useClockStore } from '../clock/ClockContext';
import { formatDate, formatNumber } from '../i18n/format';
import { notices } from '../common/notices';
import './track.css';

/** What was wrong with the paste, in a sentence that says what to do about it. */
function problemText(p: PasteProblem): string {
  switch (p.kind) {
    case 'shape':
      return t('track.shape', { lines: p.lines });
    case 'tooLong':
      return t('track.tooLong', { chars: formatNumber(p.chars) });
    case 'invalid':
      return t('track.invalid', { why: p.why });
    case 'outOfRange':
      return t('track.outOfRange', { epoch: formatDate(p.epochMs), days: formatNumber(p.days) });
    case 'sgp4':
      return t('track.sgp4', { why: p.why });
  }
}

/**
 * Paste a TLE of any satellite and see it on the same clock. Anything wrong with the paste is
 * said in the panel and changes nothing else: the view, and any satellite already tracked, stay.
 */
export function TrackPanel({ onClose }: { onClose: () => void }) {
  useLang();
  const id = useId();
  const clock = useClockStore();
  // Re-render as the clock moves, so "not shown at this time" follows it.
  const utcMs = useClock(clock, (s) => Math.floor(s.utcMs / 60_000) * 60_000);
  const tracked = useTracked((s) => s.tracked);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<PasteProblem | null>(null);
  const at = tracked ? trackedFixAt(utcMs) : null;

  const submit = async () => {
    // The paste's reader and its zod schema are a chunk of their own, fetched on the first paste.
    const reader = await import('./pastedTle').catch(() => null);
    if (!reader) return notices.getState().push(() => t('parts.failed'), 'error');
    const read = reader.readPastedTle(text, clock.getState().utcMs);
    if (!read.ok) return setProblem(read.problem);
    setProblem(null);
    trackedSatellite.getState().track(read.satellite);
  };
  const name = tracked ? (tracked.name ?? t('track.unnamed', { satnum: tracked.tle.satnum })) : '';

  return (
    <ClosablePanel
      className="track-panel"
      panel="track"
      testId="track-panel"
      title={t('track.title')}
      closeLabel={t('track.close')}
      onClose={onClose}
    >
      <p className="small">{t('track.help')}</p>
      <label htmlFor={`${id}-tle`} className="visually-hidden">
        {t('track.paste')}
      </label>
      <textarea
        id={`${id}-tle`}
        rows={3}
        spellCheck={false}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={'ISS (ZARYA)\n1 25544U 98067A   …\n2 25544  51.6…'}
        data-testid="track-input"
      />
      <div className="track-panel__row">
        <button type="button" onClick={() => void submit()} data-testid="track-submit">
          {t('track.submit')}
        </button>
        {tracked && (
          <button type="button" onClick={() => trackedSatellite.getState().clear()}>
            {t('track.stop')}
          </button>
        )}
      </div>
      {problem && (
        <p className="track-panel__problem" role="alert" data-testid="track-problem">
          {problemText(problem)}
        </p>
      )}
      {tracked && (
        <p className="small" data-testid="track-status">
          {t('track.tracking', { name, epoch: formatDate(tracked.tle.epochMs) })}
          {at && 'why' in at && ` ${t('track.hiddenNow', { name, why: at.why })}`}
        </p>
      )}
    </ClosablePanel>
  );
}
