import { useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Group, Matrix4, Quaternion, Vector3, type PerspectiveCamera } from 'three';
import type { AscentEventType, AscentResult } from '../../physics/ascent';
import { OMEGA_EARTH_RAD_S as OMEGA } from '../../physics/constants';
import { ecefToEci } from '../../physics/frames';
import type { Vec3 } from '../../physics/vec3';
import { dockedOffsetKm } from '../iss/dockingPort';
import { ISS_SPAN_M } from '../iss/issModel';
import { LaunchPad } from './LaunchPad';
import { padFrame } from './padFrame';
import { smoothStep } from './padMotion';
import { buildRocketModel, STACK } from './rocketModel';
import { setSceneVector } from '../sceneVectors';
import { buildSoyuzModel } from '../soyuz/soyuzModel';
import { useSceneFrame } from '../useSceneFrame';

/** Smallest on-screen sizes, pixels, as the Soyuz (Soyuz.tsx) and the ISS (Iss.tsx) use. */
const SOYUZ_MIN_PX = 28;
const SOYUZ_SPAN_M = 10.7;
const STACK_MIN_PX = 60;
const ISS_MIN_PX = 36;
/** Seconds of vertical rise after lift-off before the nose follows the flight path. */
const VERTICAL_S = 8;
/** Spent stages are drawn falling away for this long, then hidden. */
const SHED_MS = 8000;
/** Acceleration of the rest of the stack away from a spent stage, m/s² (about 1.5 g). */
const SHED_ACCEL = 15;

const nose = new Vector3();
const up = new Vector3();
const right = new Vector3();
const yAxis = new Vector3();
const aft = new Vector3();
const basis = new Matrix4();
const flying = new Quaternion();
const docked = new Quaternion();
const issPos = new Vector3();
const offset = new Vector3();
const offsetKm: Vec3 = [0, 0, 0];
const azimuthEci: Vec3 = [0, 0, 0];
const rollRef = new Vector3();

const eventMs = (a: AscentResult, type: AscentEventType): number =>
  a.events.find((e) => e.type === type)?.ms ?? Infinity;

/** Falling away from the stack: back along the axis as the stack accelerates, and outward. */
function shed(group: Group, sinceMs: number, outX: number, outZ: number, outMps: number) {
  const t = Math.max(0, sinceMs / 1000);
  group.visible = sinceMs < SHED_MS;
  // The stack group is built along +Y (nose), so "back" is −Y in it.
  group.position.set(outX * outMps * t, -0.5 * SHED_ACCEL * t * t, outZ * outMps * t);
}

/**
 * The launched Soyuz: the whole spacecraft on its Soyuz-2.1a from the pad through the powered
 * ascent, shedding the escape tower and strap-ons, the fairing, the core and the third stage at
 * the nominal times; then alone, wings out, chasing the station, turning nose-up on the final
 * approach and docking under Rassvet. Attitude: nose along the path relative to the air.
 */
export function LaunchSoyuz({ ascent }: { ascent: AscentResult }) {
  const soyuz = useMemo(buildSoyuzModel, []);
  const rocket = useMemo(buildRocketModel, []);
  const pad = useMemo(() => padFrame(ascent), [ascent]);
  useEffect(
    () => () => {
      soyuz.dispose();
      rocket.dispose();
    },
    [soyuz, rocket],
  );
  const group = useRef<Group>(null);
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const size = useThree((s) => s.size);

  useSceneFrame((s) => {
    const g = group.current!;
    const a = s.ascent;
    g.visible = a !== null;
    if (!a) return;
    const now = s.utcMs;
    const p = a.point;

    // Nose along the velocity through the air (straight up on the pad), Y toward the sky.
    setSceneVector(up, a.drawR).normalize();
    nose.set(p.v[0] + OMEGA * p.r[1], p.v[2], -(p.v[1] - OMEGA * p.r[0]));
    if (nose.lengthSq() < 1e-10) nose.copy(up);
    nose.normalize();
    // A Soyuz rises straight up for its first seconds, clear of the pad, before it pitches over
    // (the nominal profile's vertical segment, ~10 s; the ascent model's early velocity is not
    // drawn to that detail).
    nose.lerp(up, 1 - smoothStep(VERTICAL_S, VERTICAL_S + 10, (now - ascent.liftoffMs) / 1000));
    if (nose.lengthSq() < 1e-10) nose.copy(up);
    nose.normalize();
    // Roll: the strap-ons toward the launch azimuth and across it, as on the pad (between the
    // support arms). Straight up on the pad nose × up vanishes, so the azimuth's own "right"
    // holds the roll there and hands over smoothly as the rocket pitches over into that plane.
    setSceneVector(rollRef, ecefToEci(pad.azimuth, s.gmst, azimuthEci))
      .cross(up)
      .normalize();
    right.crossVectors(nose, up).addScaledVector(rollRef, 0.02);
    if (right.lengthSq() < 1e-8) right.set(1, 0, 0).cross(nose);
    right.normalize();
    yAxis.crossVectors(right, nose);
    flying.setFromRotationMatrix(basis.makeBasis(nose, yAxis, right));
    // Docked under Rassvet: nose to the zenith, Y aft, Z the same side as in flight.
    aft.crossVectors(right, up).normalize();
    right.crossVectors(up, aft);
    docked.setFromRotationMatrix(basis.makeBasis(up, aft, right));
    g.quaternion.slerpQuaternions(flying, docked, a.approach);

    const kmPerPx = (d: number) => (2 * d * Math.tan((camera.fov * Math.PI) / 360)) / size.height;
    setSceneVector(g.position, a.drawR);
    const powered = now < ascent.insertionMs;
    const own = powered
      ? (STACK_MIN_PX * kmPerPx(camera.position.distanceTo(g.position))) / STACK.lengthM
      : (SOYUZ_MIN_PX * kmPerPx(camera.position.distanceTo(g.position))) / SOYUZ_SPAN_M;
    let scale = Math.max(0.001, own);
    if (s.iss && a.approach > 0) {
      // Near the station, drawn in the station's proportions and carried to its docking port.
      setSceneVector(issPos, s.iss.eci.r);
      const issScale = Math.max(
        0.001,
        (ISS_MIN_PX * kmPerPx(camera.position.distanceTo(issPos))) / ISS_SPAN_M,
      );
      scale += (issScale - scale) * a.approach;
      setSceneVector(offset, dockedOffsetKm(s.iss, offsetKm), (a.approach * scale) / 0.001);
      g.position.add(offset);
    }
    g.scale.setScalar(scale);

    // The rocket, stage by stage.
    const since = (type: AscentEventType) => now - eventMs(ascent, type);
    const afterBoosters = since('first_stage_separation');
    const afterFairing = since('fairing_jettison');
    const afterCore = since('second_stage_separation');
    const afterInsertion = since('orbit_insertion');
    rocket.tower.visible = afterBoosters < 0;
    for (const b of rocket.boosters) shed(b.group, afterBoosters, b.out[0], b.out[1], 4);
    rocket.fairing.forEach((half, i) => shed(half, afterFairing, i === 0 ? 1 : -1, 0, 5));
    shed(rocket.core, afterCore, 0, 0, 0);
    // After spacecraft separation the third stage drifts off slowly rather than falling away.
    rocket.thirdStage.visible = afterInsertion < 60_000;
    rocket.thirdStage.position.y = afterInsertion > 0 ? (-0.5 * afterInsertion) / 1000 : 0;
    const lit = now >= ascent.liftoffMs;
    for (const f of rocket.boosterFlames) f.visible = lit && afterBoosters < 0;
    rocket.coreFlame.visible = lit && afterCore < 0;
    rocket.thirdFlame.visible = afterCore >= 0 && now < eventMs(ascent, 'third_stage_cutoff');
    // Exhaust plumes widen as the air thins.
    const plume = 1 + Math.min(2, p.altKm / 40);
    for (const f of rocket.boosterFlames) f.scale.set(plume, 1, plume);
    rocket.coreFlame.scale.set(plume, 1, plume);
    rocket.thirdFlame.scale.set(plume, 1, plume);
    // The solar wings unfold once in orbit.
    for (const w of soyuz.solarWings) w.visible = afterInsertion >= 0;
  });

  return (
    <>
      {/* The pad it stands on: drawn near the ground only (LaunchPad hides itself from afar). */}
      <LaunchPad ascent={ascent} />
      <group ref={group} name="launch-soyuz-anchor" visible={false}>
        <primitive object={soyuz.root} />
        <primitive object={rocket.root} />
      </group>
    </>
  );
}
