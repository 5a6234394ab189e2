import { describe, expect, it } from 'vitest';
import { missions } from '../../../src/data/catalog';
import { catalogSchema } from '../../../src/data/schema';
import raw from '../../../src/data/missions.json';

/**
 * What the app no longer does at every start (it reads the bundled catalogue with its TypeScript
 * types): the zod schema's check, and one record per id. The first problem, by its path; or null.
 */
function catalogProblem(data: unknown): string | null {
  const result = catalogSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return `${issue.path.join('.')}: ${issue.message}`;
  }
  const ids = result.data.map((m) => m.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  return twice === undefined ? null : `"${twice}" twice`;
}

describe('mission catalogue', () => {
  it('the bundled data passes the schema, and the app reads every mission of it', () => {
    expect(catalogProblem(raw)).toBeNull();
    expect(catalogProblem(missions)).toBeNull();
    expect(missions.length).toBe((raw as unknown[]).length);
    expect(missions.some((m) => m.id === 'soyuz-ms-19-landing')).toBe(true);
  });

  it('every event carries a status and its sources', () => {
    for (const m of missions) {
      for (const e of m.timeline) {
        expect(e.status.length).toBeGreaterThan(0);
        expect(Array.isArray(e.sources)).toBe(true);
      }
    }
  });

  it('fails on a broken catalogue, naming the bad field', () => {
    const broken = structuredClone(raw) as Array<Record<string, unknown>>;
    (broken[1]!.timeline as Array<Record<string, unknown>>)[0]!.time_utc = 'half past ten';
    expect(catalogProblem(broken)).toMatch(/^1\.timeline\.0\.time_utc: must be an ISO-8601/);
    expect(catalogProblem({})).not.toBeNull();
    expect(catalogProblem([])).not.toBeNull();
    expect(catalogProblem([raw[0], raw[0]])).toMatch(/twice/);
    const noCrew = structuredClone(raw) as Array<Record<string, unknown>>;
    delete noCrew[3]!.crew;
    expect(catalogProblem(noCrew)).toMatch(/^3\.crew: /);
  });
});
