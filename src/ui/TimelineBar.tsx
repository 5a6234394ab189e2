import { NextEvent } from './NextEvent';
import { PlaybackControls } from './PlaybackControls';
import { TimelineSlider } from './TimelineSlider';
import { TimeReadout } from './TimeReadout';

export function TimelineBar() {
  return (
    <footer className="timeline-bar" aria-label="Timeline">
      <PlaybackControls />
      <div className="timeline-bar__middle">
        <NextEvent />
        <TimelineSlider />
      </div>
      <TimeReadout />
    </footer>
  );
}
