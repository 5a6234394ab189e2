import { useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Color, Group, Matrix4, Quaternion, Vector3, type PerspectiveCamera } from 'three';
import type { DescentEvent, DescentResult } from '../../physics/descent';
import { groundAltKm } from '../../replay/replay';
import { setSceneVector } from '../sceneVectors';
import { useSceneFrame } from '../useSceneFrame';
import { aimAlongX } from './aimAlongX';
import { breakupMs, heatLoadShare } from './heatLoad';
import { placeLandingEffects, type LandingTimes } from './landingEffects';
import { buildSoyuzEffects, CANOPY_SPAN_M } from './soyuzEffects';
import { buildSoyuzModel } from './soyuzModel';

/** Smallest on-screen size of the spacecraft, pixels; true scale when the camera is close. */
const MIN_SPAN_PX = 28;
const SPAN_M = 10.7;
/** Beyond this camera distance the canopy counts in the minimum size, km. */
const FAR_KM = 100;
/**
 * After separation the other two modules tumble: a steady spin about a fixed axis each
 * (assumption: the sources give no rates; a few degrees a second reads as tumbling).
 */
const TUMBLE = {
  orbital: { axis: new Vector3(0.2, 0.6, 0.8).normalize(), radPerS: 0.14 },
  service: { axis: new Vector3(0.5, 0.8, -0.3).normalize(), radPerS: -0.09 },
};
/** The dropped heat shield is drawn falling for this long, then it is out of the picture, s. */
const SHIELD_FALL_S = 12;
const G_MPS2 = 9.81;
/** The descent module's blanket before entry and once charred (photographs after landing). */
const OLIVE = new Color(0x5f6842);
const CHARRED = new Color(0x4a3b2e);

const forward = new Vector3();
const up = new Vector3();
const right = new Vector3();
const velocity = new Vector3();
const flow = new Vector3();
const orbitalAt = new Vector3();
const serviceAt = new Vector3();
const drop = new Vector3();
const basis = new Matrix4();
const flowQuaternion = new Quaternion();
const spin = new Quaternion();
const inverse = new Quaternion();
const times: LandingTimes = {
  sinceDrogue: -1,
  sinceMain: -1,
  sinceEngines: -1,
  sinceTouchdown: -1,
  aboveGroundM: 0,
};

function eventMs(d: DescentResult, type: DescentEvent['type']): number {
  return d.events.find((e) => e.type === type)?.ms ?? Infinity;
}

/**
 * The Soyuz from the deorbit burn to touchdown, on the modelled trajectory, turned as the replay
 * state says (s.soyuz.nose, the modules' offsets): engine first with its plume through the burn;
 * the three modules parting, the other two tumbling away and breaking up in the heating; the
 * descent module heat shield first in its plasma sheath and wake, charring; hanging under the
 * drogue and the main canopy, the heat shield falling away, the soft-landing motors' flash and
 * dust, and the capsule at rest on the steppe with its canopy lying downwind.
 */
export function Soyuz() {
  const model = useMemo(buildSoyuzModel, []);
  const effects = useMemo(buildSoyuzEffects, []);
  useEffect(
    () => () => {
      model.dispose();
      effects.dispose();
    },
    [model, effects],
  );
  const group = useRef<Group>(null);
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const size = useThree((s) => s.size);

  useSceneFrame((s) => {
    const g = group.current!;
    const c = s.capsule;
    g.visible = c !== null;
    if (!c) return;
    const d = c.descent;
    const now = s.utcMs;
    setSceneVector(g.position, c.drawR);
    // Flight frame: X along the horizontal velocity, Y up (local vertical), Z right.
    setSceneVector(up, c.drawR).normalize();
    setSceneVector(velocity, c.point.v);
    forward.copy(velocity).addScaledVector(up, -velocity.dot(up));
    if (forward.lengthSq() < 1e-12) forward.set(1, 0, 0).addScaledVector(up, -up.x);
    forward.normalize();
    right.crossVectors(forward, up);
    basis.makeBasis(forward, up, right);
    g.quaternion.setFromRotationMatrix(basis);
    // The direction of flight in that frame: where the sheath faces and the wake trails from.
    flow.set(velocity.dot(forward), velocity.dot(up), 0);
    if (flow.lengthSq() < 1e-12) flow.set(1, 0, 0);
    flow.normalize();
    aimAlongX(flow.x, flow.y, flow.z, flowQuaternion);

    const soyuz = s.soyuz;
    const nose = soyuz?.nose ?? [-1, 0, 0];
    const dm = model.descentModule;
    aimAlongX(nose[0], nose[1], nose[2], dm.quaternion);
    placeOtherModules(now, d, soyuz?.modules ?? null, dm.quaternion, c.plasma);

    // Through the burn (deorbit_burn_start to _end) the main engine's plume.
    model.plume.visible =
      now >= eventMs(d, 'deorbit_burn_start') && now < eventMs(d, 'deorbit_burn_end');

    // Entry: the sheath and wake, the heat shield glowing, the blanket charring with the heat load.
    const plasma = c.plasma;
    effects.plasma.visible = plasma > 0;
    effects.plasmaMaterial.opacity = Math.min(1, 1.4 * plasma);
    effects.plasma.quaternion.copy(flowQuaternion);
    effects.plasma.scale.set(0.6 + 0.4 * plasma, 1, 1);
    model.shieldMaterial.emissiveIntensity = 2.5 * plasma;
    model.blanketMaterial.color.lerpColors(OLIVE, CHARRED, heatLoadShare(d, now));

    // Hanging, then at rest: lift the centre so the lowest point (the base rim, tilted by the
    // angle from the vertical) is at the reference point, which is on the ground at touchdown.
    const underChute = now >= eventMs(d, 'drogue_chute');
    const tilt = Math.acos(Math.min(1, Math.max(-1, nose[1])));
    dm.position.set(
      0,
      underChute ? model.baseM * Math.cos(tilt) + model.radiusM * Math.sin(tilt) : 0,
      0,
    );
    placeHeatShield((now - eventMs(d, 'heat_shield_jettison')) / 1000, dm.quaternion);

    times.sinceDrogue = now - eventMs(d, 'drogue_chute');
    times.sinceMain = now - eventMs(d, 'main_chute');
    times.sinceEngines = now - eventMs(d, 'soft_landing_engines');
    times.sinceTouchdown = now - d.touchdown.ms;
    times.aboveGroundM = Math.max(0, 1000 * (c.point.altKm - groundAltKm(d)));
    placeLandingEffects(effects, times);

    const distanceKm = camera.position.distanceTo(g.position);
    const kmPerPx = (2 * distanceKm * Math.tan((camera.fov * Math.PI) / 360)) / size.height;
    // Seen from far off (the Earth view), the minimum size holds for the whole drawing: scaling
    // the capsule up to it would blow a 36 m canopy up to a ball the size of a country. From the
    // ground and nearby views the capsule keeps its minimum, so the canopy reads as a canopy.
    const far = distanceKm > FAR_KM;
    const spanM =
      far && effects.main.visible
        ? CANOPY_SPAN_M.main
        : far && effects.drogue.visible
          ? CANOPY_SPAN_M.drogue
          : SPAN_M;
    g.scale.setScalar(Math.max(0.001, (MIN_SPAN_PX * kmPerPx) / spanM));
  });

  /**
   * The orbital and instrument modules: stacked on the descent module (turned with it) until
   * separation, then where the state puts them, each tumbling from the ship's attitude at
   * separation; at the break-up they give way to their burning fragments.
   */
  function placeOtherModules(
    now: number,
    d: DescentResult,
    modules: { sinceS: number; orbitalM: number[]; serviceM: number[] } | null,
    stack: Quaternion,
    glow: number,
  ) {
    const om = model.orbitalModule;
    const sm = model.serviceModule;
    if (!modules) {
      om.position.set(2.5, 0, 0).applyQuaternion(stack);
      sm.position.set(-2.3, 0, 0).applyQuaternion(stack);
      om.quaternion.copy(stack);
      sm.quaternion.copy(stack);
      return;
    }
    const o = modules.orbitalM;
    const v = modules.serviceM;
    orbitalAt.set(o[0]!, o[1]!, o[2]!);
    serviceAt.set(v[0]!, v[1]!, v[2]!);
    om.position.copy(orbitalAt);
    sm.position.copy(serviceAt);
    const since = Math.max(0, modules.sinceS);
    // The ship's axis at separation: the orbital module's offset lies along it.
    aimAlongX(o[0]!, o[1]!, o[2]!, om.quaternion);
    sm.quaternion.copy(om.quaternion);
    om.quaternion.multiply(
      spin.setFromAxisAngle(TUMBLE.orbital.axis, TUMBLE.orbital.radPerS * since),
    );
    sm.quaternion.multiply(
      spin.setFromAxisAngle(TUMBLE.service.axis, TUMBLE.service.radPerS * since),
    );
    const sinceBreakup = (now - breakupMs(d)) / 1000;
    om.visible = sm.visible = !(sinceBreakup >= 0);
    effects.debris.update(sinceBreakup, glow, orbitalAt, serviceAt, flow, flowQuaternion);
  }

  /** Attached until the jettison, then falling freely below the slowly descending capsule. */
  function placeHeatShield(sinceS: number, dmQuaternion: Quaternion) {
    const shield = model.heatShield;
    shield.visible = !(sinceS >= SHIELD_FALL_S);
    const fall = sinceS > 0 ? 0.5 * G_MPS2 * sinceS * sinceS : 0;
    // Straight down in the flight frame, expressed in the descent module's own axes.
    drop.set(0, -fall, 0).applyQuaternion(inverse.copy(dmQuaternion).invert());
    shield.position.set(-0.02, 0, 0).add(drop);
  }

  return (
    <group ref={group} name="soyuz-anchor" visible={false}>
      <primitive object={model.root} />
      <primitive object={effects.root} />
    </group>
  );
}
