import { describe, expect, it } from 'vitest';
import {
  formatUtc,
  kazakhstanOffsetHours,
  moscowOffsetHours,
  parseUtc,
  TimeParseError,
} from '../../../src/physics/time';

describe('time', () => {
  it('parses ISO-8601 UTC with and without seconds and fractions', () => {
    expect(parseUtc('2022-03-30T10:34:00Z')).toBe(Date.UTC(2022, 2, 30, 10, 34));
    expect(parseUtc('2022-03-30T10:34Z')).toBe(Date.UTC(2022, 2, 30, 10, 34));
    expect(parseUtc('2022-09-21T13:54:49.531Z')).toBe(Date.UTC(2022, 8, 21, 13, 54, 49, 531));
    expect(parseUtc('2022-09-21T13:54:49+00:00')).toBe(Date.UTC(2022, 8, 21, 13, 54, 49));
  });

  it.each([
    '',
    'yesterday',
    '2022-03-30',
    '2022-03-30T10:34:00',
    '2022-02-30T00:00:00Z',
    '2022-03-30T25:00:00Z',
    '2022-03-30T10:34:00+03:00',
  ])('rejects %j', (text) => {
    expect(() => parseUtc(text)).toThrow(TimeParseError);
  });

  it('formats to whole seconds', () => {
    expect(formatUtc(Date.UTC(2022, 2, 30, 10, 29, 0, 400))).toBe('2022-03-30T10:29:00Z');
  });

  it('knows the Kazakhstan and Moscow offsets the sources use', () => {
    expect(kazakhstanOffsetHours(parseUtc('2016-03-02T04:25:27Z'))).toBe(6);
    expect(kazakhstanOffsetHours(parseUtc('2024-04-06T07:17:00Z'))).toBe(5);
    expect(moscowOffsetHours(parseUtc('2022-03-30T11:28:03Z'))).toBe(3);
    expect(moscowOffsetHours(parseUtc('2012-07-01T00:00:00Z'))).toBe(4);
    expect(moscowOffsetHours(parseUtc('2008-04-19T08:30:00Z'))).toBe(4);
    expect(moscowOffsetHours(parseUtc('2008-01-19T08:30:00Z'))).toBe(3);
  });
});
