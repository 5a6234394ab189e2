import { describe, expect, it } from 'vitest';
import { rankTeams, TEAM_COLOUR, TEAMS, withPin } from '../../../src/lab/teams';
import { haversineKm } from '../../../src/physics/frames';
import { DEG } from '../../../src/physics/constants';

const touchdown = { lat: 47.36, lon: 69.59 };

describe('teams', () => {
  it('six teams, A to F, each its own colour', () => {
    expect(TEAMS).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(new Set(Object.values(TEAM_COLOUR)).size).toBe(6);
  });

  it('a team drops one pin: another replaces it, and the pins stay in team order', () => {
    let pins = withPin([], { team: 'C', lat: 1, lon: 2 });
    pins = withPin(pins, { team: 'A', lat: 3, lon: 4 });
    pins = withPin(pins, { team: 'C', lat: 5, lon: 6 });
    expect(pins).toEqual([
      { team: 'A', lat: 3, lon: 4 },
      { team: 'C', lat: 5, lon: 6 },
    ]);
  });

  it('ranks the teams by great-circle distance to the touchdown, closest first', () => {
    const pins = withPin(
      withPin(withPin([], { team: 'A', lat: 50, lon: 69.59 }), { team: 'B', lat: 47.5, lon: 70 }),
      { team: 'C', lat: 45, lon: 75 },
    );
    const ranked = rankTeams(pins, touchdown);
    expect(ranked.map((r) => r.team)).toEqual(['B', 'A', 'C']);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3]);
    // Due north by 2.64° of latitude: ~293 km on the 6,371 km sphere.
    expect(ranked[1]!.km).toBeCloseTo(2.64 * DEG * 6371, 1);
    for (const r of ranked) {
      const p = pins.find((x) => x.team === r.team)!;
      expect(r.km).toBeCloseTo(
        haversineKm(p.lat * DEG, p.lon * DEG, touchdown.lat * DEG, touchdown.lon * DEG),
        9,
      );
    }
  });

  it('teams equally far share a place; the next takes the place after both', () => {
    // Mirror images across the touchdown's meridian are equally far from it.
    const pins = [
      { team: 'D' as const, lat: 47.36, lon: 68.59 },
      { team: 'B' as const, lat: 47.36, lon: 70.59 },
      { team: 'A' as const, lat: 40, lon: 69.59 },
    ];
    const ranked = rankTeams(pins, touchdown);
    expect(ranked.map((r) => [r.team, r.rank])).toEqual([
      ['B', 1],
      ['D', 1],
      ['A', 3],
    ]);
  });

  it('no pins, no ranking', () => {
    expect(rankTeams([], touchdown)).toEqual([]);
  });
});
