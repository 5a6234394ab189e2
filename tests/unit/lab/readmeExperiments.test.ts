import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMission } from '../../../src/data/catalog';
import { simulateDescent } from '../../../src/physics/descent';
import { compareLandings, whatIfOptions } from '../../../src/lab/whatIf';
import { replayFor } from '../../../src/replay/replay';

/** The README's "Things to try" in the what-if lab: each figure it quotes, flown here. */
const readme = readFileSync('README.md', 'utf8');
const ms19 = replayFor(findMission('soyuz-ms-19-landing')!);
const real = ms19.descent!;
const fly = (shiftS: number, deltaVms: number, mode: 'guided' | 'ballistic') =>
  simulateDescent(whatIfOptions(ms19.inputs!, { shiftS, deltaVms, mode }));
/** "about N km", N rounded to tens and grouped as the README writes it. */
const about = (km: number) => `about ${(Math.round(km / 10) * 10).toLocaleString('en')} km`;

describe('the README what-if experiments (MS-19)', () => {
  const onTimeBallistic = fly(0, 128, 'ballistic');

  it('a minute late, ballistic, against the same burn on time', () => {
    const c = compareLandings(onTimeBallistic, fly(60, 128, 'ballistic'));
    expect(c.downrangeKm).toBeGreaterThan(0);
    expect(readme).toContain(`**${about(c.downrangeKm)} further on** than the same burn on time`);
  });

  it('the same late burn, guided: outside the footprint, where it stops and its load', () => {
    const r = fly(60, 128, 'guided');
    expect(r.footprint).toBe('outside');
    expect(readme).toContain(`stops **${about(r.missKm!)}**`);
    expect(readme).toContain(`at **${r.peakG.toFixed(1)} g**`);
    // Without the automatic system's authority and load limit the lift reaches the site, harder.
    const unlimited = simulateDescent({
      ...whatIfOptions(ms19.inputs!, { shiftS: 60, deltaVms: 128, mode: 'guided' }),
      guidance: { authorityCos: [-1, 1], loadSoftG: 99, loadLimitG: 100 },
    });
    expect(unlimited.missKm!).toBeLessThan(10);
    expect(unlimited.peakG).toBeGreaterThan(5);
    expect(readme).toContain('(the lift alone could have reached it, at over 5 g)');
  });

  it('20 s late, guided: inside, on the site', () => {
    const r = fly(20, 128, 'guided');
    expect(r.footprint).toBe('inside');
    expect(r.missKm!).toBeLessThan(3);
    expect(readme).toContain('on the site **within 3 km**');
  });

  it('a minute early, guided: outside, short of the site', () => {
    const r = fly(-60, 128, 'guided');
    expect(r.footprint).toBe('outside');
    expect(readme).toContain(`outside, **${about(r.missKm!)}** short`);
  });

  it("the replay's burn ballistic: its load and how far short of the guided touchdown", () => {
    const c = compareLandings(real, onTimeBallistic);
    expect(c.downrangeKm).toBeLessThan(0);
    expect(readme).toContain(
      `**${onTimeBallistic.peakG.toFixed(1)} g**, **${about(-c.downrangeKm)}** short`,
    );
  });

  it('a smaller burn, ballistic, lands further on', () => {
    const c = compareLandings(onTimeBallistic, fly(0, 110, 'ballistic'));
    expect(readme).toContain(`lands **${about(c.downrangeKm)}** further on`);
  });
});
