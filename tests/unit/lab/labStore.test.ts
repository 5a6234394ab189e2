import { beforeEach, describe, expect, it } from 'vitest';
import { lab, resultVisible } from '../../../src/lab/labStore';
import type { DescentResult } from '../../../src/physics/descent';

/** What begin and reset read from the replay's descent: its burn and mode. */
const real = { deltaVms: 128, mode: 'guided' } as DescentResult;

describe('the lab store: teams and their pins', () => {
  beforeEach(() => {
    lab.getState().begin('test-mission', real);
    lab.getState().setPredicting(true);
  });

  it('starts with no pins and team A to drop the first', () => {
    expect(lab.getState().pins).toEqual([]);
    expect(lab.getState().team).toBe('A');
  });

  it('a dropped pin is the chosen team’s; dropping again moves it', () => {
    const s = lab.getState();
    s.dropPin({ lat: 47, lon: 69 });
    s.setTeam('C');
    s.dropPin({ lat: 48, lon: 70 });
    s.dropPin({ lat: 49, lon: 71 });
    s.setTeam('B');
    s.dropPin({ lat: 46, lon: 68 });
    expect(lab.getState().pins).toEqual([
      { team: 'A', lat: 47, lon: 69 },
      { team: 'B', lat: 46, lon: 68 },
      { team: 'C', lat: 49, lon: 71 },
    ]);
  });

  it('typed coordinates name their team, whoever is chosen', () => {
    lab.getState().setTeam('F');
    lab.getState().dropPin({ lat: 10, lon: 20 }, 'D');
    expect(lab.getState().pins).toEqual([{ team: 'D', lat: 10, lon: 20 }]);
    expect(lab.getState().team).toBe('F');
  });

  it('six teams, six pins at most', () => {
    for (const team of ['A', 'B', 'C', 'D', 'E', 'F', 'A', 'C'] as const)
      lab.getState().dropPin({ lat: 1, lon: 2 }, team);
    expect(lab.getState().pins.map((p) => p.team)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
  });

  it('a new round (predict again, back to the replay, another mission) starts without pins', () => {
    lab.getState().dropPin({ lat: 1, lon: 2 }, 'B');
    lab.getState().setPredicting(true);
    expect(lab.getState().pins).toEqual([]);
    lab.getState().dropPin({ lat: 1, lon: 2 }, 'B');
    lab.getState().reset(real);
    expect(lab.getState().pins).toEqual([]);
    lab.getState().dropPin({ lat: 1, lon: 2 }, 'B');
    lab.getState().begin('another-mission', real);
    expect(lab.getState().pins).toEqual([]);
  });

  it('clearPins removes every team’s pin', () => {
    lab.getState().dropPin({ lat: 1, lon: 2 }, 'A');
    lab.getState().dropPin({ lat: 3, lon: 4 }, 'E');
    lab.getState().clearPins();
    expect(lab.getState().pins).toEqual([]);
  });

  it('the answer stays hidden while predicting, until revealed; pins stay for the scoreboard', () => {
    lab.getState().dropPin({ lat: 1, lon: 2 });
    expect(resultVisible(lab.getState())).toBe(false);
    lab.getState().reveal();
    expect(resultVisible(lab.getState())).toBe(true);
    expect(lab.getState().pins).toHaveLength(1);
    // A new question hides it again.
    lab.getState().setChange({ shiftS: 30 });
    expect(resultVisible(lab.getState())).toBe(false);
  });
});
