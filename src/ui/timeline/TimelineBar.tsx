import { t, useLang } from '../../i18n';
import { NextEvent } from './NextEvent';
import { PlaybackControls } from './PlaybackControls';
import { TimelineSlider } from './TimelineSlider';
import { TimeReadout } from './TimeReadout';
import './timeline.css';

export function TimelineBar() {
  useLang();
  return (
    <footer className="timeline-bar" aria-label={t('timeline.bar')} data-panel="timeline">
      <PlaybackControls />
      <div className="timeline-bar__middle">
        <NextEvent />
        <TimelineSlider />
      </div>
      <TimeReadout />
    </footer>
  );
}
