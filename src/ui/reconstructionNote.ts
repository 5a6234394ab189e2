import { reconstructionFor } from '../data/reconstructions';
import type { MissionRecord } from '../data/schema';
import { haversineKm } from '../physics/frames';
import { circularHeightKm } from '../physics/reconstruct';
import type { Replay } from '../timeline/replay';

const DEG = Math.PI / 180;

/**
 * The mission card's line for a replay flown from a reconstructed orbit: what it was fitted to,
 * so nobody takes it for the station's tracked orbit, and how far the comparison lands.
 */
export function reconstructionNote(mission: MissionRecord, r: Replay): string | null {
  const rec = reconstructionFor(mission.id);
  if (r.orbitSource !== 'reconstructed' || !rec || !r.descent) return null;
  const year = new Date(rec.orbit.epochMs).getUTCFullYear();
  const height = Math.round(circularHeightKm(rec.orbit));
  let compared = '';
  if (r.comparison) {
    const a = r.descent.touchdown;
    const b = r.comparison.touchdown;
    const km = Math.round(haversineKm(a.lat * DEG, a.lon * DEG, b.lat * DEG, b.lon * DEG));
    compared = ` The blue path is a ${r.comparison.mode} descent from the same burn: it lands ${km} km away.`;
  }
  return `Reconstructed orbit: the data has no ISS element set from ${year}, so the replay flies from ${rec.method}; fitted height about ${height} km. ${r.descent.mode === 'ballistic' ? 'Ballistic' : 'Guided'} descent, modelled.${compared}`;
}
