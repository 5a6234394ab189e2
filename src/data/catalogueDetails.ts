import { missions } from './catalog';
import { detailsApart } from './catalogueCore';
import type { MissionRecord } from './schema';

/**
 * The card-only fields of the bundled records (sources, notes, disagreements; see
 * catalogueCore.ts), fetched from the whole catalogue file when the facts card or the welcome
 * first opens, or when idle after ready with the card's chunk (the offline cache holds the file).
 */
let whole: Map<string, MissionRecord> | null = null;
let pending: Promise<void> | null = null;

/** Resolves once withDetails() gives whole records; at once where they are whole already. */
export function loadMissionDetails(): Promise<void> {
  if (whole || !missions.some(detailsApart)) return Promise.resolve();
  pending ??= fetch(new URL('./missions.json', import.meta.url))
    .then((response) => {
      if (!response.ok) throw new Error(`missions.json: HTTP ${response.status}`);
      return response.json() as Promise<MissionRecord[]>;
    })
    .then((list) => {
      whole = new Map(list.map((m) => [m.id, m]));
    })
    .catch((e: unknown) => {
      pending = null; // the next opening tries again
      throw e;
    });
  return pending;
}

/** The record with its card-only fields, once loaded (a record from a file is always whole). */
export function withDetails(m: MissionRecord): MissionRecord {
  return detailsApart(m) ? (whole?.get(m.id) ?? m) : m;
}
