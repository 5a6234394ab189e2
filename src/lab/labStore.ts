import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { DescentResult } from '../physics/descent';
import { unchanged, type WhatIfChange } from './whatIf';
import { withPin, type Team, type TeamPin } from './teams';

export interface LatLon {
  lat: number;
  lon: number;
}

/** The what-if lab: what the class changed, the descent that came out, and their prediction. */
export interface LabState {
  open: boolean;
  /** The mission the change belongs to; another mission starts from its own replay again. */
  missionId: string | null;
  change: WhatIfChange;
  result: DescentResult | null;
  /**
   * The replay's burn flown in the what-if's mode where that is not the replay's own (see
   * whatIf.ts baselineFor); null: the replay itself is what the what-if is measured against.
   */
  baseline: DescentResult | null;
  error: string | null;
  /** How long the latest descent took to simulate, ms. */
  computeMs: number | null;
  /** Predict first: the result stays hidden until revealed, so the class can drop a pin. */
  predicting: boolean;
  /** One pin per team (at most six, A–F), in team order. */
  pins: TeamPin[];
  /** The team whose pin a click on the globe or the typed coordinates drop next. */
  team: Team;
  revealed: boolean;
  setOpen(open: boolean): void;
  /** Start (or keep) the lab on a mission's replay. */
  begin(missionId: string, real: DescentResult): void;
  setChange(change: Partial<WhatIfChange>): void;
  reset(real: DescentResult): void;
  setPredicting(on: boolean): void;
  setTeam(team: Team): void;
  /** Drop (or move) a team's pin: the chosen team's unless another is named. */
  dropPin(at: LatLon, team?: Team): void;
  clearPins(): void;
  reveal(): void;
  settle(
    outcome:
      | { result: DescentResult; baseline: DescentResult | null; computeMs: number }
      | { error: string },
  ): void;
}

export const lab = createStore<LabState>()((set, get) => ({
  open: false,
  missionId: null,
  change: { shiftS: 0, deltaVms: 128, mode: 'guided' },
  result: null,
  baseline: null,
  error: null,
  computeMs: null,
  predicting: false,
  pins: [],
  team: 'A',
  revealed: false,
  setOpen: (open) => set({ open }),
  begin: (missionId, real) => {
    if (get().missionId === missionId) return;
    set({
      missionId,
      change: unchanged(real),
      result: null,
      baseline: null,
      error: null,
      pins: [],
      revealed: false,
    });
  },
  // A new question: whatever was revealed is hidden again until the class has guessed.
  setChange: (change) => set((s) => ({ change: { ...s.change, ...change }, revealed: false })),
  reset: (real) => set({ change: unchanged(real), revealed: false, pins: [], team: 'A' }),
  setPredicting: (on) => set({ predicting: on, revealed: false, pins: [], team: 'A' }),
  setTeam: (team) => set({ team }),
  dropPin: (at, team) =>
    set((s) => ({ pins: withPin(s.pins, { team: team ?? s.team, lat: at.lat, lon: at.lon }) })),
  clearPins: () => set({ pins: [] }),
  reveal: () => set({ revealed: true }),
  settle: (o) =>
    set(
      'error' in o
        ? { error: o.error, result: null, baseline: null }
        : { error: null, result: o.result, baseline: o.baseline, computeMs: o.computeMs },
    ),
}));

export function useLab<T>(selector: (s: LabState) => T): T {
  return useStore(lab, selector);
}

/** Whether the what-if result may be shown: always, unless the class is still predicting. */
export function resultVisible(s: Pick<LabState, 'predicting' | 'revealed'>): boolean {
  return !s.predicting || s.revealed;
}
