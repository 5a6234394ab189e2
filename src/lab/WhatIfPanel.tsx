import { useCurrentReplay } from '../replay/useCurrentReplay';
import { ClosablePanel } from '../ui/layout/ClosablePanel';
import { useId } from 'react';
import { t, useLang } from '../i18n';
import { lab, useLab } from './labStore';
import { useWhatIfRun } from './useWhatIfRun';
import { useLandingView } from './useLandingView';
import { WhatIfControls } from './WhatIfControls';
import { WhatIfResult } from './WhatIfResult';
import { useClock } from '../clock/clockStore';
import { useClockStore } from '../clock/ClockContext';
import './lab.css';

/**
 * The what-if lab: the class moves the deorbit burn (±2 min, 100–150 m/s) or switches guided and
 * ballistic, and the descent is flown again at once beside the replay's own, with where it lands,
 * how hard it pulls and how far that is from the real one. "Predict first" hides the answer until
 * each team (up to six) has dropped a pin on the globe, then ranks the teams. A result turns the
 * Earth view to the landing zone.
 */
export function WhatIfPanel() {
  const open = useLab((s) => s.open);
  const clock = useClockStore();
  const missionId = useClock(clock, (s) => s.missionId);
  useLang();
  const { replay } = useCurrentReplay();
  const real = replay?.descent ?? null;
  const inputs = replay?.inputs ?? null;
  const s = useLab((x) => x);
  const id = useId();

  useWhatIfRun(missionId, real, inputs);
  useLandingView(real);

  if (!open) return null;
  const close = () => lab.getState().setOpen(false);
  return (
    <ClosablePanel
      className="what-if"
      panel="lab"
      testId="what-if"
      title={t('whatIf.title')}
      closeLabel={t('whatIf.close')}
      onClose={close}
    >
      {real && inputs ? (
        <>
          <WhatIfControls id={id} s={s} real={real} inputs={inputs} />
          <WhatIfResult s={s} real={real} />
        </>
      ) : (
        <p className="small">{t('whatIf.needsDescent')}</p>
      )}
    </ClosablePanel>
  );
}
