import type { DockingPort } from '../physics/departure';
import { parseUtc } from '../physics/time';
import type { MissionRecord } from './schema';

/**
 * Undocking time and port, where the data gives them: the port is named in the undocking note
 * (Rassvet's is a nadir port, Poisk's a zenith one). Lets a descent start from the Soyuz's own
 * state after the separation burns rather than the station's.
 */
export function undockingDeparture(
  m: MissionRecord,
): { undockMs: number; port: DockingPort } | null {
  const undock = m.timeline.find((e) => e.event === 'undocking');
  if (!undock?.time_utc) return null;
  const note = undock.note ?? '';
  const port: DockingPort | null = /rassvet|nadir/i.test(note)
    ? 'nadir'
    : /poisk|zenith/i.test(note)
      ? 'zenith'
      : null;
  return port ? { undockMs: parseUtc(undock.time_utc), port } : null;
}
