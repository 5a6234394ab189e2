import { reconstructionFor } from '../../data/reconstructions';
import type { MissionRecord } from '../../data/schema';
import { t } from '../../i18n';
import { haversineKm } from '../../physics/frames';
import { circularHeightKm } from '../../physics/reconstruct';
import type { Replay } from '../../replay/replay';
import { formatUnit, formatUtcTime } from '../../i18n/format';
import { DEG } from '../../physics/constants';

/**
 * The mission card's line for a replay flown from a reconstructed orbit: what it was fitted to,
 * so nobody takes it for the station's tracked orbit, and how far the comparison lands.
 */
export function reconstructionNote(mission: MissionRecord, r: Replay): string | null {
  const rec = reconstructionFor(mission.id);
  if (r.orbitSource !== 'reconstructed' || !rec || !r.descent) return null;
  const note = t(rec.burn === 'assumed' ? 'reconstruction.noteAssumed' : 'reconstruction.note', {
    year: new Date(rec.orbit.epochMs).getUTCFullYear(),
    mode: t(r.descent.mode === 'ballistic' ? 'reconstruction.ballistic' : 'reconstruction.guided'),
    burn: formatUtcTime(rec.orbit.epochMs),
    height: formatUnit('km', circularHeightKm(rec.orbit)),
  });
  if (!r.comparison) return note;
  const a = r.descent.touchdown;
  const b = r.comparison.touchdown;
  const distance = formatUnit(
    'km',
    haversineKm(a.lat * DEG, a.lon * DEG, b.lat * DEG, b.lon * DEG),
  );
  const compared =
    r.comparison.mode === 'guided'
      ? t('reconstruction.compareGuided', { distance })
      : t('reconstruction.compareBallistic', { distance });
  return `${note} ${compared}`;
}
