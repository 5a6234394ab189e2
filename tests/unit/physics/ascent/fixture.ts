/** MS-22's launch inputs, read from the catalogue (never retyped), as the ascent test does. */
import { findMission } from '../../../../src/data/catalog';
import { nearestTle } from '../../../../src/data/issTles';
import type { AscentOptions } from '../../../../src/physics/ascent/types';
import { parseUtc } from '../../../../src/physics/time';

const m = findMission('soyuz-ms-22-launch')!;
const liftoffMs = parseUtc(m.launch!.time_utc);
export const MS22: AscentOptions = {
  tle: nearestTle(liftoffMs)!,
  liftoffMs,
  dockingMs: parseUtc(m.timeline.find((e) => e.event === 'docking')!.time_utc!),
  pad: { lat: m.launch!.pad_lat!, lon: m.launch!.pad_lon! },
};
