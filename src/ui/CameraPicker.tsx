import { CAMERAS, useClock, type CameraName } from '../timeline/clockStore';
import { useClockStore } from '../timeline/ClockContext';

const LABELS: Record<CameraName, string> = {
  earth: 'Earth',
  iss: 'Follow ISS',
  soyuz: 'Chase Soyuz',
};

export function CameraPicker() {
  const clock = useClockStore();
  const camera = useClock(clock, (s) => s.camera);
  return (
    <div className="camera-picker" role="group" aria-label="Camera">
      {CAMERAS.map((c, i) => (
        <button
          key={c}
          type="button"
          aria-pressed={camera === c}
          onClick={() => clock.getState().setCamera(c)}
          title={`${LABELS[c]} (${i + 1})`}
          data-testid={`camera-${c}`}
        >
          {LABELS[c]}
        </button>
      ))}
    </div>
  );
}
