import { describe, expect, it } from 'vitest';
import { armOpening, mastOpening, pitFlame } from '../../../../src/scene/launch/padMotion';
import { PUFF_LIFE_S, PUFFS, puffAt, type Puff } from '../../../../src/scene/launch/padSmoke';

const blank = (): Puff => ({ x: 0, y: 0, z: 0, size: 0, opacity: 0 });
/** The cloud at an instant: how many puffs show and how far it reaches from the pad, m. */
function cloud(sinceS: number) {
  let shown = 0;
  let reach = 0;
  for (let i = 0; i < PUFFS; i++) {
    const p = puffAt(i, sinceS, blank());
    if (p.opacity <= 0) continue;
    shown++;
    reach = Math.max(reach, Math.hypot(p.x, p.z) + p.size);
  }
  return { shown, reach };
}

describe('the launch smoke cloud', () => {
  it('is not there before lift-off and grows and spreads after it', () => {
    expect(cloud(-5).shown).toBe(0);
    const early = cloud(3);
    const later = cloud(60);
    expect(early.shown).toBeGreaterThan(0);
    expect(later.shown).toBeGreaterThan(early.shown);
    expect(later.reach).toBeGreaterThan(early.reach + 50);
  });

  it('thins out and is gone after its life', () => {
    const opacity = (s: number) => puffAt(0, s, blank()).opacity;
    expect(opacity(100)).toBeLessThan(opacity(20));
    expect(cloud(PUFF_LIFE_S + 30).shown).toBe(0);
  });

  it('is a pure function of the time: the same instant gives the same puff, in any order', () => {
    const a = puffAt(7, 42.5, blank());
    puffAt(7, 3, blank());
    puffAt(3, 90, blank());
    expect(puffAt(7, 42.5, blank())).toEqual(a);
  });
});

describe('the pad at lift-off', () => {
  it('holds the arms and masts until lift-off and has them swung back seconds later', () => {
    expect(armOpening(-20)).toBe(0);
    expect(armOpening(0)).toBe(0);
    expect(armOpening(5)).toBe(1);
    expect(mastOpening(-1)).toBe(0);
    expect(mastOpening(6)).toBe(1);
  });

  it('has flame in the pit only while the rocket is low', () => {
    expect(pitFlame(-1, 0)).toBe(0);
    expect(pitFlame(1, 5)).toBe(1);
    expect(pitFlame(20, 2000)).toBe(0);
  });
});
