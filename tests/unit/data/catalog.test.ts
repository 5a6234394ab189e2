import { describe, expect, it } from 'vitest';
import { CatalogError, missions, validateCatalog } from '../../../src/data/catalog';
import raw from '../../../src/data/missions.json';

describe('mission catalogue', () => {
  it('validates the bundled data and keeps every mission', () => {
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

  it('names the bad field in a broken file', () => {
    const broken = structuredClone(raw) as Array<Record<string, unknown>>;
    (broken[1]!.timeline as Array<Record<string, unknown>>)[0]!.time_utc = 'half past ten';
    expect(() => validateCatalog(broken)).toThrow(CatalogError);
    expect(() => validateCatalog(broken)).toThrow(/1\.timeline\.0\.time_utc/);
    expect(() => validateCatalog({})).toThrow(CatalogError);
    expect(() => validateCatalog([raw[0], raw[0]])).toThrow(/twice/);
  });
});
