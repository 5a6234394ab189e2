import { catalogSchema, type MissionRecord } from './schema';
import raw from './missions.json';
import { userMission, userMissions, type UserMission } from './userMissions';

export class CatalogError extends Error {
  override name = 'CatalogError';
}

/** Validate a mission catalogue, naming the first bad field by its path so a person can fix the file. */
export function validateCatalog(data: unknown): MissionRecord[] {
  const result = catalogSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length ? issue.path.join('.') : 'the file';
    throw new CatalogError(`Mission data is invalid at ${where}: ${issue.message}`);
  }
  const ids = new Set<string>();
  for (const m of result.data) {
    if (ids.has(m.id)) throw new CatalogError(`Mission data lists "${m.id}" twice`);
    ids.add(m.id);
  }
  return result.data;
}

/** The bundled catalogue: copied from shared/data/missions.json with its sources intact. */
export const missions: readonly MissionRecord[] = validateCatalog(raw);

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
