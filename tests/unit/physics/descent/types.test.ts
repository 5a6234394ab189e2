import { describe, expect, it } from 'vitest';
import { PHASES } from '../../../../src/physics/descent/trajectory';
import {
  DescentError,
  DESCENT_EVENT_TYPES,
  REFERENCE_BANK_DEG,
} from '../../../../src/physics/descent/types';
import * as descent from '../../../../src/physics/descent';

describe('descent types', () => {
  it('events from the burn to touchdown, in flight order; six sample phases', () => {
    expect(DESCENT_EVENT_TYPES[0]).toBe('deorbit_burn_start');
    expect(DESCENT_EVENT_TYPES.at(-1)).toBe('touchdown');
    expect(new Set(DESCENT_EVENT_TYPES).size).toBe(12);
    expect(PHASES).toHaveLength(6);
    expect(REFERENCE_BANK_DEG).toBe(60);
    expect(new DescentError('x').name).toBe('DescentError');
  });

  it('the public API (physics/descent) hands out these same objects', () => {
    expect(descent.DescentError).toBe(DescentError);
    expect(descent.DESCENT_EVENT_TYPES).toBe(DESCENT_EVENT_TYPES);
    expect(descent.REFERENCE_BANK_DEG).toBe(REFERENCE_BANK_DEG);
  });
});
