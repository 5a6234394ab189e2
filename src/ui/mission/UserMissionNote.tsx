import { useUserMissions } from '../../data/userMissions';
import { t, useLang } from '../../i18n';

/** "From your file (name.json) — not checked against sources", for a mission a file brought. */
export function UserMissionNote({ missionId }: { missionId: string }) {
  useLang();
  const fileName = useUserMissions(
    (s) => s.loaded.find((m) => m.record.id === missionId)?.fileName ?? null,
  );
  if (fileName === null) return null;
  return (
    <p className="user-mission-note" data-testid="user-mission-note">
      {t('missionFile.fromFile', { file: fileName })}
    </p>
  );
}
