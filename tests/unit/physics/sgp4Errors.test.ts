import { describe, expect, it } from 'vitest';
import { SGP4_ERRORS, sgp4ErrorText } from '../../../src/physics/sgp4Errors';
import * as sgp4 from '../../../src/physics/sgp4';

describe('sgp4Errors', () => {
  it('says what each of satellite.js’s SGP4 codes means, and names an unknown one', () => {
    expect(sgp4ErrorText(6)).toBe('the satellite has decayed');
    expect(Object.keys(SGP4_ERRORS)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(sgp4ErrorText(42)).toBe('SGP4 error 42');
  });

  it('is still exported from sgp4.ts, where other layers import it', () => {
    expect(sgp4.sgp4ErrorText).toBe(sgp4ErrorText);
    expect(sgp4.SGP4_ERRORS).toBe(SGP4_ERRORS);
  });
});
