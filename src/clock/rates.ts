/** Playback rates offered, in simulated seconds per real second. Negative plays backwards. */
export const RATES = [-3600, -600, -60, -10, -1, 1, 10, 60, 600, 3600] as const;

export const MAX_RATE = 3600;

export function isValidRate(rate: number): boolean {
  return Number.isFinite(rate) && Math.abs(rate) <= MAX_RATE;
}

/** The next offered rate up (faster forward) or down, staying within the list. */
export function stepRate(rate: number, direction: 1 | -1): number {
  const i = RATES.findIndex((r) => r >= rate);
  const here = i === -1 ? RATES.length - 1 : RATES[i] === rate ? i : direction === 1 ? i - 1 : i;
  const next = Math.min(RATES.length - 1, Math.max(0, here + direction));
  return RATES[next]!;
}
