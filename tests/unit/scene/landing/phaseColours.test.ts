import { describe, expect, it } from 'vitest';
import { ASCENT_PHASES } from '../../../../src/physics/ascent';
import { PHASES } from '../../../../src/physics/descent';
import {
  ASCENT_PHASE_COLOURS,
  DESCENT_PHASE_COLOURS,
} from '../../../../src/scene/landing/phaseColours';
import { deltaE2000, perceivedDifference, VISIONS, type Rgb } from './colourVision';

/**
 * The least CIEDE2000 difference two neighbouring phases may have, under each kind of vision.
 * ΔE00 ≈ 1 is a just-noticeable difference for large patches seen side by side; for thin marks
 * the difference needed grows several-fold as they shrink (Stone, Szafir & Setlur 2014, "An
 * engineering model for color difference as a function of size"), and a path is a 2-4 px line
 * on a textured, often dark globe, sometimes projected. Categorical palettes are commonly held
 * to ΔE00 ≥ 10 to read as different at a glance; 12 leaves a margin on that, since dichromacy
 * at severity 1.0 is the far end of each deficiency.
 */
const MIN_DELTA_E = 12;

/** Where the paths run beside the station's lines (src/scene/iss/OrbitLines.tsx). */
const ISS_ORBIT = '#5fd4ff';
const ISS_GROUND_TRACK = '#ffd166';

const rgb = (hex: string): Rgb => [
  parseInt(hex.slice(1, 3), 16) / 255,
  parseInt(hex.slice(3, 5), 16) / 255,
  parseInt(hex.slice(5, 7), 16) / 255,
];

/** Every pair (a, b) whose least difference over the four kinds of vision is under the bar. */
type Quad = [string, string, string, string];

function tooClose(pairs: Quad[]): string[] {
  const out: string[] = [];
  for (const [na, a, nb, b] of pairs) {
    for (const v of VISIONS) {
      const d = perceivedDifference(rgb(a), rgb(b), v);
      if (d < MIN_DELTA_E) out.push(`${na}/${nb} under ${v}: ΔE00 ${d.toFixed(1)}`);
    }
  }
  return out;
}

function neighbours<P extends string>(order: readonly P[], colours: Record<P, string>) {
  return order.slice(1).map((p, i): Quad => [order[i]!, colours[order[i]!], p, colours[p]]);
}

describe('colour difference (CIEDE2000)', () => {
  it('matches Sharma, Wu & Dalal (2005) test pairs', () => {
    const pairs: [Rgb, Rgb, number][] = [
      [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
      [[50, 0, 0], [50, -1, 2], 2.3669],
      [[50, 2.49, -0.001], [50, -2.49, 0.0009], 7.1792],
      [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
      [[22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619], 2.0373],
      [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
    ];
    for (const [a, b, want] of pairs) expect(deltaE2000(a, b)).toBeCloseTo(want, 4);
  });

  it('sees red and green as one under deuteranopia, not under normal vision', () => {
    const red = rgb('#d62728');
    const green = rgb('#2ca02c');
    expect(perceivedDifference(red, green, 'normal')).toBeGreaterThan(50);
    expect(perceivedDifference(red, green, 'deuteranopia')).toBeLessThan(MIN_DELTA_E);
  });
});

describe('phase colours stay apart for colour-blind viewers', () => {
  it('descent: each phase from the next', () => {
    expect(tooClose(neighbours(PHASES, DESCENT_PHASE_COLOURS))).toEqual([]);
  });

  it('ascent: each phase from the next', () => {
    expect(tooClose(neighbours(ASCENT_PHASES, ASCENT_PHASE_COLOURS))).toEqual([]);
  });

  it('from the ISS orbit and ground track where the paths run beside them', () => {
    // A descent starts on the station's orbit; an ascent climbs along the station's ground track
    // (the launch waits for it to pass overhead) and chases it in orbit from the third stage on.
    const d = DESCENT_PHASE_COLOURS;
    const a = ASCENT_PHASE_COLOURS;
    const besideOrbit = {
      'descent burn': d.burn,
      'descent coast': d.coast,
      'ascent third stage': a.third_stage,
      'ascent rendezvous': a.rendezvous,
    };
    const besideTrack = {
      'descent burn': d.burn,
      'descent coast': d.coast,
      'ascent first stage': a.first_stage,
      'ascent second stage': a.second_stage,
      'ascent third stage': a.third_stage,
      'ascent rendezvous': a.rendezvous,
    };
    const pairs = [
      ...Object.entries(besideOrbit).map(([n, c]): Quad => [n, c, 'ISS orbit', ISS_ORBIT]),
      ...Object.entries(besideTrack).map(([n, c]): Quad => [
        n,
        c,
        'ISS ground track',
        ISS_GROUND_TRACK,
      ]),
    ];
    expect(tooClose(pairs)).toEqual([]);
  });
});
