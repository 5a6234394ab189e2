import { useProgress } from '@react-three/drei';
import { t, useLang } from '../../i18n';
import './status.css';

/** A progress bar over the scene while the Earth textures and maps download. */
export function LoadingOverlay({ ready }: { ready: boolean }) {
  const { progress, loaded, total } = useProgress();
  useLang();
  if (ready) return null;
  return (
    <div
      className="loading"
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(progress)}
      aria-label={t('loading.label')}
    >
      <div className="loading__title">{t('loading.title')}</div>
      <div className="loading__bar">
        <div className="loading__fill" style={{ width: `${progress}%` }} />
      </div>
      <div className="loading__count">
        {t('loading.files', { loaded, total: Math.max(total, loaded) })}
      </div>
    </div>
  );
}
