import { useEffect } from 'react';
import type { DescentOptions, DescentResult } from '../physics/descent';
import { lab, useLab } from './labStore';
import { baselineFor, whatIfOptions } from './whatIf';
import { createWhatIfRunner } from './whatIfRunner';

/** One runner for the page: its worker lives as long as the app. */
let runner: ReturnType<typeof createWhatIfRunner> | null = null;
function whatIfRunner() {
  runner ??= createWhatIfRunner((o) =>
    lab
      .getState()
      .settle(
        o.ok
          ? { result: o.result, baseline: o.baseline, computeMs: o.computeMs }
          : { error: o.message },
      ),
  );
  return runner;
}

/**
 * While the lab is open on a mission with a modelled descent, start it from the replay's own
 * flight and fly it again in the worker whenever the class changes the burn (the newest wins).
 */
export function useWhatIfRun(
  missionId: string,
  real: DescentResult | null,
  inputs: DescentOptions | null,
): void {
  const open = useLab((s) => s.open);
  const change = useLab((s) => s.change);
  const labMission = useLab((s) => s.missionId);
  useEffect(() => {
    document.documentElement.classList.toggle('lab-open', open);
  }, [open]);
  useEffect(() => {
    if (open && real) lab.getState().begin(missionId, real);
  }, [open, real, missionId]);
  useEffect(() => {
    if (!open || !inputs || labMission !== missionId) return;
    const baseline = real ? baselineFor(inputs, real, change) : null;
    whatIfRunner().run(whatIfOptions(inputs, change), baseline ?? undefined);
  }, [open, inputs, change, labMission, missionId, real]);
}
