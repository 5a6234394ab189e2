import { describe, expect, it } from 'vitest';
import { findMission, missions } from '../../../src/data/catalog';
import { touchdownRest } from '../../../src/data/touchdownRest';

const rest = (id: string) => touchdownRest(findMission(id)!);

describe('touchdownRest', () => {
  it('reads what the sources say: MS-19 tipped over, MS-23 and MS-27 on their sides', () => {
    expect(rest('soyuz-ms-19-landing')).toBe('tipped');
    expect(rest('soyuz-ms-23-landing')).toBe('side');
    expect(rest('soyuz-ms-27-landing')).toBe('side');
  });

  it('keeps a capsule the sources call upright, or say nothing of, upright', () => {
    expect(rest('soyuz-tma-11m-landing')).toBe('upright');
    expect(rest('soyuz-ms-11-landing')).toBe('upright');
  });

  it('does not read the words of a source link', () => {
    const ms11 = findMission('soyuz-ms-11-landing')!;
    const linked = { ...ms11, sources: ['https://example.org/tipped-on-its-side'] };
    expect(touchdownRest(linked)).toBe('upright');
  });

  it('finds most catalogue capsules upright, as the sources are mostly silent', () => {
    const counts = { upright: 0, side: 0, tipped: 0 };
    for (const m of missions) counts[touchdownRest(m)]++;
    expect(counts.upright).toBeGreaterThan(counts.side + counts.tipped);
    expect(counts.side).toBeGreaterThanOrEqual(3);
  });
});
