import { DEG } from '../physics/constants';
import { haversineKm } from '../physics/frames';

/** Up to six teams of a class each drop one pin; the letters are what the class calls them. */
export const TEAMS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type Team = (typeof TEAMS)[number];

/**
 * One colour per team, from the Okabe–Ito set (told apart with colour-blindness) plus white;
 * none is the what-if path's reddish purple. The letter is always drawn beside it as well.
 */
export const TEAM_COLOUR: Record<Team, string> = {
  A: '#f0e442',
  B: '#e69f00',
  C: '#56b4e9',
  D: '#009e73',
  E: '#d55e00',
  F: '#ffffff',
};

export interface TeamPin {
  team: Team;
  lat: number;
  lon: number;
}

export interface TeamScore {
  /** 1 is closest; teams equally far (to the metre) share a rank. */
  rank: number;
  team: Team;
  /** Great-circle distance from the pin to the touchdown, km. */
  km: number;
}

/** The pins with `pin` in its team's place (replacing that team's earlier pin), in team order. */
export function withPin(pins: readonly TeamPin[], pin: TeamPin): TeamPin[] {
  return [...pins.filter((p) => p.team !== pin.team), pin].sort(
    (a, b) => TEAMS.indexOf(a.team) - TEAMS.indexOf(b.team),
  );
}

/** The teams from the closest pin to the furthest from where the flight came down. */
export function rankTeams(
  pins: readonly TeamPin[],
  touchdown: { lat: number; lon: number },
): TeamScore[] {
  const scored = pins
    .map((p) => ({
      team: p.team,
      km: haversineKm(p.lat * DEG, p.lon * DEG, touchdown.lat * DEG, touchdown.lon * DEG),
    }))
    .sort((a, b) => a.km - b.km || TEAMS.indexOf(a.team) - TEAMS.indexOf(b.team));
  const out: TeamScore[] = [];
  scored.forEach((s, i) => {
    const prev = out[i - 1];
    const tied = prev !== undefined && Math.abs(s.km - prev.km) < 1e-3;
    out.push({ ...s, rank: tied ? prev.rank : i + 1 });
  });
  return out;
}
