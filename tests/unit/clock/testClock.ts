import { createClock, type ClockStore } from '../../../src/clock/clockStore';

export const TEST_RANGE = { startMs: 1_000_000, endMs: 2_000_000 };

/** A clock mid-range at 1_500_000 ms, rate 1, paused, no events; `over` changes any of it. */
export function testClock(over: Partial<Parameters<typeof createClock>[0]> = {}): ClockStore {
  return createClock({
    utcMs: 1_500_000,
    rate: 1,
    playing: false,
    range: TEST_RANGE,
    events: [],
    missionId: 'm',
    camera: 'earth',
    ...over,
  });
}
