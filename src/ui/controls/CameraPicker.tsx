import { t, useLang, type Key } from '../../i18n';
import { CAMERAS, useClock, type CameraName } from '../../clock/clockStore';
import { useClockStore } from '../../clock/ClockContext';

const LABELS: Record<CameraName, Key> = {
  earth: 'camera.earth',
  iss: 'camera.iss',
  soyuz: 'camera.soyuz',
  ride: 'camera.ride',
  ground: 'camera.ground',
};

/** The five cameras, also on keys 1–5. */
export function CameraPicker() {
  const clock = useClockStore();
  const camera = useClock(clock, (s) => s.camera);
  useLang();
  return (
    <label className="camera-picker">
      <span>{t('camera.label')}</span>
      <select
        value={camera}
        onChange={(e) => clock.getState().setCamera(e.target.value as CameraName)}
        data-testid="camera"
        title={t('camera.title')}
      >
        {CAMERAS.map((c, i) => (
          <option key={c} value={c}>
            {i + 1}. {t(LABELS[c])}
          </option>
        ))}
      </select>
    </label>
  );
}
