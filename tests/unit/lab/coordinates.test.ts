import { describe, expect, it } from 'vitest';
import { parseCoordinate } from '../../../src/lab/coordinates';

describe('typed coordinates', () => {
  it('reads degrees with a point or a comma before the decimals', () => {
    expect(parseCoordinate('47.3', 'lat')).toEqual({ ok: true, deg: 47.3 });
    expect(parseCoordinate('47,3', 'lat')).toEqual({ ok: true, deg: 47.3 });
    expect(parseCoordinate(' 69,59 ', 'lon')).toEqual({ ok: true, deg: 69.59 });
    expect(parseCoordinate('-33.9', 'lat')).toEqual({ ok: true, deg: -33.9 });
    expect(parseCoordinate('−70,5', 'lon')).toEqual({ ok: true, deg: -70.5 });
    expect(parseCoordinate('+12', 'lon')).toEqual({ ok: true, deg: 12 });
    expect(parseCoordinate(',5', 'lat')).toEqual({ ok: true, deg: 0.5 });
    expect(parseCoordinate('47.3°', 'lat')).toEqual({ ok: true, deg: 47.3 });
  });

  it('takes the limits themselves', () => {
    expect(parseCoordinate('90', 'lat')).toEqual({ ok: true, deg: 90 });
    expect(parseCoordinate('-90', 'lat')).toEqual({ ok: true, deg: -90 });
    expect(parseCoordinate('180', 'lon')).toEqual({ ok: true, deg: 180 });
    expect(parseCoordinate('-180', 'lon')).toEqual({ ok: true, deg: -180 });
  });

  it('says an empty field is empty', () => {
    expect(parseCoordinate('', 'lat')).toEqual({ ok: false, error: 'empty' });
    expect(parseCoordinate('   ', 'lon')).toEqual({ ok: false, error: 'empty' });
  });

  it('refuses what is not a plain number of degrees', () => {
    for (const text of ['abc', '47.3.1', '47,3,1', '1e2', '47°18′', '4 7x', '-', '.', 'NaN'])
      expect(parseCoordinate(text, 'lat')).toEqual({ ok: false, error: 'notNumber' });
  });

  it('refuses a latitude beyond the poles and a longitude beyond ±180, keeping the number', () => {
    expect(parseCoordinate('90.01', 'lat')).toEqual({ ok: false, error: 'latRange', deg: 90.01 });
    expect(parseCoordinate('-95', 'lat')).toEqual({ ok: false, error: 'latRange', deg: -95 });
    expect(parseCoordinate('181', 'lon')).toEqual({ ok: false, error: 'lonRange', deg: 181 });
    expect(parseCoordinate('-200,5', 'lon')).toEqual({
      ok: false,
      error: 'lonRange',
      deg: -200.5,
    });
    // 120 is a longitude, not a latitude.
    expect(parseCoordinate('120', 'lat')).toEqual({ ok: false, error: 'latRange', deg: 120 });
    expect(parseCoordinate('120', 'lon')).toEqual({ ok: true, deg: 120 });
  });
});
