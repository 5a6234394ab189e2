import { describe, expect, it } from 'vitest';
import * as descent from '../../../../src/physics/descent/index';

describe('the descent’s public API (what the app, the lab worker and the CLI import)', () => {
  it('keeps its names', () => {
    for (const name of [
      'simulateDescent',
      'DescentError',
      'DESCENT_EVENT_TYPES',
      'REFERENCE_BANK_DEG',
      'sampleAt',
      'newTrajectoryPoint',
      'PHASES',
      'PHASE_INDEX',
    ]) {
      expect(descent).toHaveProperty(name);
    }
  });
});
