import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMission } from '../../../src/data/catalog';
import { replayFor } from '../../../src/replay/replay';
import {
  validationMarkdown,
  validationRows,
  type ValidationRow,
} from '../../../tools/validation/validationRows';

/**
 * The validation table, run whole: every return with a sourced burn time and an element set
 * within 3 days. Nothing here is fitted but the final bank (on MS-11's peak-load time); the other
 * flights are the check.
 */
describe('validation: every return with a sourced burn and an element set within 3 days', () => {
  const rows = validationRows();
  const row = (id: string): ValidationRow => rows.find((r) => r.id === id)!;

  it('covers MS-11, MS-19, TMA-18M and the other returns the data allows', () => {
    expect(rows.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        'soyuz-ms-11-landing',
        'soyuz-ms-19-landing',
        'soyuz-tma-18m-landing',
        'soyuz-tma-16m-landing',
        'soyuz-ms-04-landing',
        'soyuz-tma-14m-landing',
      ]),
    );
    expect(rows.length).toBeGreaterThanOrEqual(10);
  });

  it("MS-11: separation, entry interface, guidance start, peak g, parachute and touchdown within 20 s of CSA's times", () => {
    const d = row('soyuz-ms-11-landing').deltas;
    const events = [
      'module_separation',
      'entry_interface',
      'guidance_start',
      'peak_g',
      'drogue_chute',
      'touchdown',
    ] as const;
    for (const e of events) {
      expect(d[e], e).toBeDefined();
      expect(Math.abs(d[e]!), e).toBeLessThan(20);
    }
  });

  it('MS-19 and TMA-18M touch down within 30 s and 10 km', () => {
    for (const id of ['soyuz-ms-19-landing', 'soyuz-tma-18m-landing']) {
      expect(Math.abs(row(id).touchdownDeltaS)).toBeLessThan(30);
      expect(row(id).missKm).toBeLessThan(10);
    }
  });

  it('every burn inside the footprint: 3.5-5 g, within 10 km, and within a minute (burns are sourced to the minute)', () => {
    const inside = rows.filter((r) => r.footprint === 'inside');
    expect(inside.length).toBeGreaterThanOrEqual(rows.length - 1);
    for (const r of inside) {
      expect(r.peakG, r.mission).toBeGreaterThan(3.5);
      expect(r.peakG, r.mission).toBeLessThan(5);
      expect(r.missKm, r.mission).toBeLessThan(10);
      expect(Math.abs(r.touchdownDeltaS), r.mission).toBeLessThan(60);
    }
  });

  it('a burn that lands outside the footprint is one the replay sets aside for the planned burn', () => {
    for (const r of rows.filter((x) => x.footprint === 'outside')) {
      expect(r.missKm).toBeGreaterThan(100);
      expect(replayFor(findMission(r.id)!).sourcedBurnSetAside?.burnMs).toBe(Date.parse(r.burnUtc));
    }
  });

  it('the README and docs/physics.md carry this very table', () => {
    const table = validationMarkdown(rows);
    for (const file of ['README.md', 'docs/physics.md'])
      expect(readFileSync(file, 'utf8'), file).toContain(table);
  });
});
