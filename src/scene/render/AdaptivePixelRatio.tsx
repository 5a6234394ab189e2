import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Quaternion, Vector3 } from 'three';
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { useClockStore } from '../../clock/ClockContext';
import { DEFAULT_GOVERNOR, PixelRatioGovernor } from './pixelRatioGovernor';

/** The canvas's pixel ratio: null until the governor first moves it off the device's own. */
export const pixelRatioStore = createStore<{ ratio: number | null }>()(() => ({ ratio: null }));
export const usePixelRatio = () => useStore(pixelRatioStore, (s) => s.ratio);

/** The canvas's ratio range: the device's, from 1 (never blurrier than CSS pixels) to 2. */
export const DEVICE_DPR: [number, number] = [1, 2];
const deviceRatio = () =>
  Math.min(Math.max(DEVICE_DPR[0], window.devicePixelRatio || 1), DEVICE_DPR[1]);
/** Camera moves smaller than these are float noise, not motion: km, and 1 − |cos(half-angle)|. */
const STILL_KM = 1e-6;
const STILL_TURN = 1e-15;
/** Still for this long after a reduced frame while paused: draw one frame with every pixel. */
const SHARPEN_AFTER_MS = 300;

/**
 * Keeps a playing replay moving on a slow machine by drawing fewer pixels (see
 * pixelRatioGovernor), and makes the picture sharp again once the replay is paused and still,
 * which is when a class reads it. On a fast machine it never changes anything.
 */
export function AdaptivePixelRatio() {
  const clock = useClockStore();
  const invalidate = useThree((s) => s.invalidate);
  const governor = useMemo(
    () => new PixelRatioGovernor({ ...DEFAULT_GOVERNOR, max: deviceRatio() }),
    [],
  );
  const last = useRef(0);
  const sharpenTimer = useRef(0);
  // What the last frame showed: a frame that shows the same (one asked for by a resize, or by
  // the sharpening itself) is not movement, and must not undo the sharpening.
  const shown = useMemo(
    () => ({ utcMs: NaN, position: new Vector3(), quaternion: new Quaternion() }),
    [],
  );
  // A new ratio resizes the drawing buffer, which empties it: draw again at once, or a paused
  // scene would stay blank until something else asked for a frame.
  const dpr = useThree((s) => s.viewport.dpr);
  useEffect(() => invalidate(), [dpr, invalidate]);

  useEffect(() => {
    const restart = () => {
      governor.reset();
      last.current = 0;
    };
    const unsubscribe = clock.subscribe((s, prev) => {
      if (s.playing !== prev.playing || s.canAnimate !== prev.canAnimate) restart();
    });
    document.addEventListener('visibilitychange', restart);
    return () => {
      unsubscribe();
      document.removeEventListener('visibilitychange', restart);
      window.clearTimeout(sharpenTimer.current);
      pixelRatioStore.setState({ ratio: null });
    };
  }, [clock, governor]);

  useFrame(({ viewport, camera }) => {
    // A link that says play is not playing until the clock can move (ready): the frames before
    // it (a camera flight to the replay, drawn while the first picture is finished) are not
    // playback for the governor to judge.
    const { playing: asked, canAnimate, utcMs } = clock.getState();
    const playing = asked && canAnimate;
    // Within a millimetre and a nanoradian is still: OrbitControls' update can leave the last
    // digits of a placed pose changing from frame to frame, and an exact comparison then saw
    // motion in a still picture, lowered the ratio, sharpened it, and drew for ever.
    const moved =
      playing ||
      utcMs !== shown.utcMs ||
      camera.position.distanceToSquared(shown.position) > STILL_KM ** 2 ||
      1 - Math.abs(camera.quaternion.dot(shown.quaternion)) > STILL_TURN;
    shown.utcMs = utcMs;
    shown.position.copy(camera.position);
    shown.quaternion.copy(camera.quaternion);
    const now = performance.now();
    if (playing) {
      if (last.current > 0) {
        const next = governor.frame(now - last.current);
        if (next !== null) pixelRatioStore.setState({ ratio: next });
      }
      last.current = now;
    }
    const full = deviceRatio();
    if (governor.ratio >= full) return;
    // Moving (playing, scrubbing, turning the globe): the governor's ratio; still: every pixel.
    if (moved) {
      if (viewport.dpr !== governor.ratio) pixelRatioStore.setState({ ratio: governor.ratio });
      window.clearTimeout(sharpenTimer.current);
      sharpenTimer.current = 0;
    }
    if (!playing && sharpenTimer.current === 0 && (moved || viewport.dpr < full))
      sharpenTimer.current = window.setTimeout(() => {
        sharpenTimer.current = 0;
        pixelRatioStore.setState({ ratio: deviceRatio() });
        invalidate();
      }, SHARPEN_AFTER_MS);
  });
  return null;
}
