import type { MissionRecord } from './schema';
// With its extension: the build's config (tools/catalogueCore.ts) loads this file too.
import { touchdownRest, type TouchdownRest } from './touchdownRest.ts';

/**
 * The bundled catalogue is 208 KB of JSON, 38 KB compressed, and more than half of that is what
 * only the facts card and the welcome show: the source links, the notes, where sources disagree,
 * how they put the distance and the time's precision. The app's build (tools/catalogueCore.ts)
 * ships the records without those fields in the first load; the card and the welcome fetch the
 * whole file when they open (catalogueDetails.ts). Everything the replay reads stays, and what
 * the replay reads from the notes (how the capsule came to rest) is read here, at build time.
 * In Node (tests, CLI) and the dev server the records stay whole.
 */
export const CARD_ONLY_FIELDS = ['sources', 'notes', 'conflicts'] as const;
export const CARD_ONLY_LANDING_FIELDS = [
  'coord_sources',
  'reported_distance_sources',
  'reported_distance_direction',
  'time_precision',
] as const;

/** What a record of the first load carries beyond the data's own fields. */
export interface CoreMarks {
  /** The card-only fields are in the whole file, not here. */
  details_apart: true;
  /** touchdownRest() of the whole record. */
  touchdown_rest: TouchdownRest;
}

export function coreRecord(m: MissionRecord): MissionRecord & CoreMarks {
  const core: Record<string, unknown> = { ...m };
  for (const f of CARD_ONLY_FIELDS) delete core[f];
  if (m.landing) {
    const landing: Record<string, unknown> = { ...m.landing };
    for (const f of CARD_ONLY_LANDING_FIELDS) delete landing[f];
    core.landing = landing;
  }
  // Each event's source links; its note stays (the departure reads the undocking's).
  core.timeline = m.timeline.map(({ sources: _links, ...event }) => event);
  return {
    ...(core as unknown as MissionRecord),
    details_apart: true,
    touchdown_rest: touchdownRest(m),
  };
}

/** Whether a record is a first-load one, its card-only fields left in the whole file. */
export function detailsApart(m: MissionRecord): boolean {
  return (m as Partial<CoreMarks>).details_apart === true;
}
