import { CAMERAS, useClock, type CameraName } from '../timeline/clockStore';
import { useClockStore } from '../timeline/ClockContext';

const LABELS: Record<CameraName, string> = {
  earth: 'Earth',
  iss: 'Follow ISS',
  soyuz: 'Chase Soyuz',
  ride: 'Ride along',
  ground: 'From the ground',
};

/** The five cameras, also on keys 1–5. */
export function CameraPicker() {
  const clock = useClockStore();
  const camera = useClock(clock, (s) => s.camera);
  return (
    <label className="camera-picker">
      <span>Camera</span>
      <select
        value={camera}
        onChange={(e) => clock.getState().setCamera(e.target.value as CameraName)}
        data-testid="camera"
        title="Camera (keys 1–5)"
      >
        {CAMERAS.map((c, i) => (
          <option key={c} value={c}>
            {i + 1}. {LABELS[c]}
          </option>
        ))}
      </select>
    </label>
  );
}
