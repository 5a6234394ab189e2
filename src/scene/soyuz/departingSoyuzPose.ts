import { SEPARATION_SEQUENCE, type DockingPort } from '../../physics/departure';
import type { Vec3 } from '../../physics/vec3';
import type { DepartureTrack } from '../../replay/departureTrack';
import type { SceneState } from '../../replay/sceneState';

/** The Soyuz beside the station from the start of a replay to its deorbit burn. */
export interface DepartingPose {
  port: DockingPort;
  /** Offset from the docked position, m (radial, along-track, cross-track); null while docked. */
  fromPortM: Readonly<Vec3> | null;
  /** Nose direction in the station's frame (X forward, Y up, Z forward × up). */
  nose: Vec3;
  /** Whether a separation burn is firing. */
  firing: boolean;
}

const pose: DepartingPose = { port: 'nadir', fromPortM: null, nose: [0, 1, 0], firing: false };

/**
 * Where the returning Soyuz is drawn beside the station at this instant, or null when it is not:
 * docked at its port until undocking, then backing away, up to the burn (from which the descent's
 * own drawing takes over). Null too where the replay names no port: the sources do not say where
 * it was, so nothing is drawn. The burns fire from their event times for their sourced durations.
 */
export function departingPose(s: SceneState, d: DepartureTrack | null): DepartingPose | null {
  if (!d || !s.iss || s.capsule) return null;
  pose.port = d.port;
  const soyuz = s.soyuz;
  if (!soyuz) {
    if (!(s.utcMs < d.undockMs)) return null;
    // Docked: nose along the docking axis, into the port (up from a nadir port, down from a zenith one).
    pose.fromPortM = null;
    pose.nose[0] = 0;
    pose.nose[1] = d.port === 'zenith' ? -1 : 1;
    pose.nose[2] = 0;
    pose.firing = false;
    return pose;
  }
  if (!soyuz.fromPortM) return null;
  pose.fromPortM = soyuz.fromPortM;
  // The flight frame (forward, up, right = forward × up) is the station's own frame.
  pose.nose[0] = soyuz.nose[0];
  pose.nose[1] = soyuz.nose[1];
  pose.nose[2] = soyuz.nose[2];
  pose.firing = d.events.some((e) => {
    const burn =
      e.type === 'separation_burn_1'
        ? SEPARATION_SEQUENCE.burn1
        : e.type === 'separation_burn_2'
          ? SEPARATION_SEQUENCE.burn2
          : null;
    return burn !== null && s.utcMs >= e.ms && s.utcMs < e.ms + burn.durationS * 1000;
  });
  return pose;
}
