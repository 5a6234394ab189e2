import type { MissionRecord } from './schema';
import raw from './missions.json';
import { userMission, userMissions, type UserMission } from './userMissions';

/**
 * The bundled catalogue: copied from shared/data/missions.json with its sources intact. Read with
 * its TypeScript types, not parsed at every start: tests/unit/data/catalog.test.ts checks it
 * against the zod schema (schema.ts), which the app loads only for a file the person opens.
 */
export const missions: readonly MissionRecord[] = raw;

/** A mission by id: a bundled one, or one loaded from the person's file in this session. */
export function findMission(id: string): MissionRecord | undefined {
  return missions.find((m) => m.id === id) ?? userMission(id)?.record;
}

/** Every mission the app can open now: the bundled catalogue, then those loaded from files. */
export function allMissions(
  loaded: readonly UserMission[] = userMissions.getState().loaded,
): readonly MissionRecord[] {
  return loaded.length === 0 ? missions : [...missions, ...loaded.map((m) => m.record)];
}

export const DEFAULT_MISSION_ID = 'soyuz-ms-19-landing';
