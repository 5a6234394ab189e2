import type { AscentResult } from '../../physics/ascent';
import { AscentPath } from './AscentPath';
import { LaunchSoyuz } from './LaunchSoyuz';

/** The launch scene: the ascent's path and the rocket on it, pad and all (a chunk of its own). */
export function LaunchLayer({ ascent }: { ascent: AscentResult }) {
  return (
    <>
      <AscentPath ascent={ascent} />
      <LaunchSoyuz ascent={ascent} />
    </>
  );
}
