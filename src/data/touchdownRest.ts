import type { MissionRecord } from './schema';

/**
 * How the descent module came to rest, as the sources tell it: upright, on its side, or upright
 * first and then tipped over by the wind in the canopy (MS-19, UPI; TMA-16; TMA-01M dragged).
 */
export type TouchdownRest = 'upright' | 'side' | 'tipped';

const TIPPED = /tipped|dragged|blown over/i;
const SIDE = /on (?:its|her|the) side|on their sides/i;

/**
 * Read from the record's words (notes, landing and timeline notes; not the source links). Where
 * the sources say nothing the plainest answer is the design's: the capsule stays upright.
 */
export function touchdownRest(m: MissionRecord): TouchdownRest {
  // A first-load record carries the answer read from its whole self at build (catalogueCore.ts).
  const read = (m as { touchdown_rest?: TouchdownRest }).touchdown_rest;
  if (read) return read;
  const text = JSON.stringify(m, (key, value: unknown) =>
    key === 'sources' || (typeof value === 'string' && value.startsWith('http'))
      ? undefined
      : value,
  );
  if (TIPPED.test(text)) return 'tipped';
  if (SIDE.test(text)) return 'side';
  return 'upright';
}
