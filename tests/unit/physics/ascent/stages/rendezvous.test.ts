import { describe, expect, it } from 'vitest';
import { createAscentState } from '../../../../../src/physics/ascent/state';
import { poweredAscent } from '../../../../../src/physics/ascent/stages/powered';
import { rendezvous } from '../../../../../src/physics/ascent/stages/rendezvous';
import { RENDEZVOUS_STEP_S } from '../../../../../src/physics/ascent/types';
import { propagateTeme } from '../../../../../src/physics/sgp4';
import { norm } from '../../../../../src/physics/vec3';
import { MS22 } from '../fixture';

describe('rendezvous', () => {
  const st = createAscentState(MS22);
  poweredAscent(st);
  rendezvous(st);
  const { ts, pos, vel } = st.rendezvous;

  it('starts at insertion on the powered path and ends on the ISS at docking', () => {
    expect(ts[0]).toBe(st.T);
    expect(pos[0]).toEqual(st.powered.pos.at(-1));
    const iss = propagateTeme(MS22.tle, MS22.dockingMs);
    expect(pos.at(-1)).toEqual(iss.r);
    expect(vel.at(-1)).toEqual(iss.v);
    expect(ts.at(-1)).toBeCloseTo(st.T + (MS22.dockingMs - st.insertionMs) / 1000, 9);
    expect(ts[1]! - ts[0]!).toBe(RENDEZVOUS_STEP_S);
  });

  it('stays in low orbit all the way, with no jumps between samples', () => {
    let worst = 0;
    for (let i = 0; i < pos.length; i++) {
      const h = norm(pos[i]!) - 6378;
      expect(h).toBeGreaterThan(150);
      expect(h).toBeLessThan(450);
      if (i > 0) {
        const d = Math.hypot(
          pos[i]![0] - pos[i - 1]![0],
          pos[i]![1] - pos[i - 1]![1],
          pos[i]![2] - pos[i - 1]![2],
        );
        worst = Math.max(worst, d / (ts[i]! - ts[i - 1]!));
      }
    }
    expect(worst).toBeLessThan(8.5); // km/s: never faster than orbital speed
  });

  it('records the phase angle at insertion: the ISS ahead of the Soyuz', () => {
    expect(st.phaseAngleDeg).toBeGreaterThan(0);
    expect(st.phaseAngleDeg).toBeLessThan(180);
  });
});
