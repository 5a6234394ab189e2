import { useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Group, Matrix4, Vector3, type PerspectiveCamera } from 'three';
import type { DescentEvent, DescentResult } from '../../physics/descent';
import { setSceneVector } from '../sceneVectors';
import { buildSoyuzEffects, CANOPY_SPAN_M } from './soyuzEffects';
import { buildSoyuzModel } from './soyuzModel';
import { useSceneFrame } from '../useSceneFrame';

/** Smallest on-screen size of the spacecraft, pixels; true scale when the camera is close. */
const MIN_SPAN_PX = 28;
const SPAN_M = 10.7;
/** Beyond this camera distance the canopy counts in the minimum size, km. */
const FAR_KM = 100;
/** After separation the orbital and service modules are drawn drifting apart for this long. */
const DRIFT_MS = 40_000;
const SEPARATION_MPS = 2;
/** The soft-landing motors burn for a fraction of a second; drawn for about one second. */
const FLASH_MS = 1000;

const forward = new Vector3();
const up = new Vector3();
const right = new Vector3();
const basis = new Matrix4();

function eventMs(d: DescentResult, type: DescentEvent['type']): number {
  return d.events.find((e) => e.type === type)?.ms ?? Infinity;
}

/**
 * The Soyuz from the deorbit burn to touchdown, on the modelled trajectory: whole until module
 * separation, then the descent module alone (the other two drift off to burn up), heat shield
 * first through the plasma, then hanging under the drogue and the main canopy, heat shield
 * dropped, the soft-landing motors' flash, and the capsule on the ground.
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
    // Flight frame: X along the horizontal velocity, Y up (local vertical).
    setSceneVector(up, c.drawR).normalize();
    setSceneVector(forward, c.point.v);
    forward.addScaledVector(up, -forward.dot(up));
    if (forward.lengthSq() < 1e-12) forward.set(1, 0, 0).addScaledVector(up, -up.x);
    forward.normalize();
    right.crossVectors(forward, up);
    basis.makeBasis(forward, up, right);
    g.quaternion.setFromRotationMatrix(basis);

    const sinceSep = now - eventMs(d, 'module_separation');
    const drift = sinceSep > 0 ? (SEPARATION_MPS * sinceSep) / 1000 : 0;
    model.orbitalModule.visible = sinceSep < DRIFT_MS;
    model.serviceModule.visible = sinceSep < DRIFT_MS;
    model.orbitalModule.position.x = 2.5 + drift;
    model.serviceModule.position.x = -2.3 - drift;

    // Attitude of the descent module: nose forward with the stack, heat shield forward through
    // the entry, heat shield down under the canopies and on the ground.
    const underChute = now >= eventMs(d, 'drogue_chute');
    model.descentModule.rotation.set(0, 0, underChute ? Math.PI / 2 : sinceSep > 0 ? Math.PI : 0);
    // Hanging heat shield down, the module's base is a metre below its centre: lift it so it
    // stands on the ground rather than in it.
    model.descentModule.position.y = underChute ? 1 : 0;
    model.heatShield.visible = now < eventMs(d, 'heat_shield_jettison');

    const landed = now >= d.touchdown.ms;
    const main = now >= eventMs(d, 'main_chute');
    effects.drogue.visible = underChute && !main;
    effects.main.visible = main && !landed;
    const blackout = now >= eventMs(d, 'blackout_start') && now < eventMs(d, 'blackout_end');
    effects.plasma.visible = blackout;
    if (blackout) {
      // Brightest near peak heating; the glow follows the dynamic pressure.
      effects.plasmaMaterial.opacity = Math.min(0.95, 0.25 + c.point.q / 40_000);
      effects.plasma.scale.set(2.4, 1, 1);
      effects.plasma.position.set(1.2, 0, 0);
    }
    const sinceEngines = now - eventMs(d, 'soft_landing_engines');
    effects.flash.visible = sinceEngines >= 0 && sinceEngines < FLASH_MS;

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

  return (
    <group ref={group} name="soyuz-anchor" visible={false}>
      <primitive object={model.root} />
      <primitive object={effects.root} />
    </group>
  );
}
