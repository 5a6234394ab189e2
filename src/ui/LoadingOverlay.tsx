import { useProgress } from '@react-three/drei';

/** A progress bar over the scene while the Earth textures and maps download. */
export function LoadingOverlay({ ready }: { ready: boolean }) {
  const { progress, loaded, total } = useProgress();
  if (ready) return null;
  return (
    <div
      className="loading"
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(progress)}
      aria-label="Loading Earth"
    >
      <div className="loading__title">Loading Earth…</div>
      <div className="loading__bar">
        <div className="loading__fill" style={{ width: `${progress}%` }} />
      </div>
      <div className="loading__count">
        {loaded} of {Math.max(total, loaded)} files
      </div>
    </div>
  );
}
