/**
 * Descent physics, public API. See simulate.ts for the model and docs/physics.md for sources.
 *
 *   simulateDescent(opts)            one descent, burn → touchdown (≈ 3 ms ballistic, ≈ 10-18 ms guided, Node)
 *   sampleAt(result.samples, ms, out) the state at any instant, no allocation
 *   PHASES, DESCENT_EVENT_TYPES       labels for the phase column and the events
 */
export { simulateDescent } from './simulate';
export {
  DescentError,
  DESCENT_EVENT_TYPES,
  REFERENCE_BANK_DEG,
  type DescentEvent,
  type DescentEventType,
  type DescentMode,
  type DescentOptions,
  type DescentResult,
} from './types';
export {
  sampleAt,
  newTrajectoryPoint,
  PHASES,
  PHASE_INDEX,
  type Phase,
  type TrajectoryPoint,
  type TrajectoryTable,
} from './trajectory';
export type { GuidanceTarget, GuidanceOptions } from './guidance';
