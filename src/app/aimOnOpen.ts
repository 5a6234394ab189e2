import type { ClockStore } from '../clock/clockStore';
import { currentReplay, sceneOfClock } from '../replay/currentReplay';
import { nextEventView, type ViewFrame } from '../replay/nextEventView';
import { requestView } from '../scene/camera/viewAim';

/** The scene's camera lens (SceneCanvas), for fitting the view to the screen. */
const FOV_DEG = 40;

const screenFrame = (): ViewFrame => ({
  aspect: window.innerWidth / Math.max(1, window.innerHeight),
  fovDeg: FOV_DEG,
});

/**
 * Turn the Earth view to what happens next whenever a replay opens: the link's (or the default)
 * mission once the first frame is drawn, then each mission the picker or the welcome opens. Only
 * while the camera is the Earth view: a link that asks for another camera keeps it. Returns an
 * unsubscribe.
 */
export function aimViewWhenReplayOpens(clock: ClockStore, frame = screenFrame): () => void {
  let pending = false;
  const aim = () => {
    pending = false;
    const s = clock.getState();
    if (s.camera !== 'earth') return;
    const view = nextEventView(currentReplay(s.missionId).replay, sceneOfClock(s), frame());
    if (view) requestView(view);
  };
  return clock.subscribe((s, prev) => {
    const opened = s.canAnimate && (!prev.canAnimate || s.missionId !== prev.missionId);
    // Whoever opens a mission may move the clock and pause it right after (the welcome opens at
    // its own moment): aim once that is done, at the instant the replay actually opens at.
    if (opened && !pending) {
      pending = true;
      queueMicrotask(aim);
    }
  });
}
