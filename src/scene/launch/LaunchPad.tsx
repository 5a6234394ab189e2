import { useEffect, useMemo, useRef } from 'react';
import {
  AdditiveBlending,
  CanvasTexture,
  ConeGeometry,
  Group,
  Matrix4,
  Mesh,
  MeshBasicMaterial,
  Sprite,
  SpriteMaterial,
  Vector3,
} from 'three';
import type { AscentResult } from '../../physics/ascent';
import { setSceneVector } from '../sceneVectors';
import { useSceneFrame } from '../useSceneFrame';
import { padFrame } from './padFrame';
import { buildPadModel } from './padModel';
import {
  ARM_CLOSED_RAD,
  ARM_OPEN_RAD,
  armOpening,
  MAST_OPEN_RAD,
  mastOpening,
  pitFlame,
} from './padMotion';
import { PUFFS, puffAt, TRENCH_MOUTH_M, type Puff } from './padSmoke';

/**
 * Beyond this distance from the pad the camera cannot make the pad out (50 km: the 100 m apron
 * is a few pixels), so it is not drawn at all and the Earth view costs nothing more.
 */
const DRAW_WITHIN_KM = 50;

/** A soft round puff, drawn once on a small canvas (nothing fetched). */
function puffTexture(): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 64;
  const c = canvas.getContext('2d')!;
  const grad = c.createRadialGradient(32, 32, 0, 32, 32, 32);
  grad.addColorStop(0, 'rgba(255,255,255,1)');
  grad.addColorStop(0.55, 'rgba(255,255,255,0.55)');
  grad.addColorStop(1, 'rgba(255,255,255,0)');
  c.fillStyle = grad;
  c.fillRect(0, 0, 64, 64);
  return new CanvasTexture(canvas);
}

const world = new Vector3();
const puff: Puff = { x: 0, y: 0, z: 0, size: 0, opacity: 0 };

/**
 * The launch pad at Site 31 under the MS-22 rocket: drawn in the Earth-fixed frame (turned with
 * Earth each frame), at the pad's place on the ellipsoid, with its arms, masts, the exhaust in
 * the flame pit and the smoke cloud as functions of the time since lift-off.
 */
export function LaunchPad({ ascent }: { ascent: AscentResult }) {
  const pad = useMemo(buildPadModel, []);
  const frame = useMemo(() => padFrame(ascent), [ascent]);
  const effects = useMemo(() => {
    const texture = puffTexture();
    const sprites = Array.from({ length: PUFFS }, () => {
      const s = new Sprite(
        new SpriteMaterial({ map: texture, color: 0xb9b4aa, transparent: true, depthWrite: false }),
      );
      s.visible = false;
      return s;
    });
    // The exhaust, turned by the pit and leaving the trench mouth along the ground (−X).
    const jet = new Mesh(
      new ConeGeometry(9, 70, 16, 1, true),
      new MeshBasicMaterial({
        color: 0xffb255,
        transparent: true,
        blending: AdditiveBlending,
        depthWrite: false,
      }),
    );
    jet.rotation.z = -Math.PI / 2;
    jet.position.set(-TRENCH_MOUTH_M - 30, 4, 0);
    jet.name = 'pad-exhaust';
    return { texture, sprites, jet };
  }, []);
  useEffect(
    () => () => {
      pad.dispose();
      effects.texture.dispose();
      for (const s of effects.sprites) s.material.dispose();
      effects.jet.geometry.dispose();
      effects.jet.material.dispose();
    },
    [pad, effects],
  );

  const earthFixed = useRef<Group>(null);
  const placed = useRef<Group>(null);
  useEffect(() => {
    // Earth-fixed scene axes are (x, z, −y) of ECEF; the pad's X is the launch azimuth, Y up.
    const x = setSceneVector(new Vector3(), frame.azimuth);
    const y = setSceneVector(new Vector3(), frame.up);
    const z = new Vector3().crossVectors(x, y);
    const g = placed.current!;
    g.quaternion.setFromRotationMatrix(new Matrix4().makeBasis(x, y, z));
    setSceneVector(g.position, frame.origin);
  }, [frame]);

  useSceneFrame((s, root) => {
    const e = earthFixed.current!;
    const a = s.ascent;
    e.rotation.y = s.gmst;
    placed.current!.getWorldPosition(world);
    e.visible = a !== null && root.camera.position.distanceTo(world) < DRAW_WITHIN_KM;
    if (!e.visible || !a) return;
    const since = (s.utcMs - ascent.liftoffMs) / 1000;
    const arms = ARM_CLOSED_RAD + (ARM_OPEN_RAD - ARM_CLOSED_RAD) * armOpening(since);
    // rotation.z > 0 leans the top toward the rocket (each arm's mount faces outward along +X).
    for (const arm of pad.arms) arm.rotation.z = -arms;
    for (const mast of pad.masts) mast.rotation.z = -MAST_OPEN_RAD * mastOpening(since);
    const heightM = (a.point.altKm - ascent.samples.altKm[0]!) * 1000;
    const flame = pitFlame(since, heightM);
    effects.jet.visible = flame > 0;
    effects.jet.material.opacity = 0.75 * flame;
    effects.jet.scale.set(0.7 + 0.3 * flame, 1, 0.7 + 0.3 * flame);
    effects.sprites.forEach((sprite, i) => {
      puffAt(i, since, puff);
      sprite.visible = puff.opacity > 0.003;
      if (!sprite.visible) return;
      sprite.position.set(puff.x, puff.y, puff.z);
      sprite.scale.setScalar(2 * puff.size);
      sprite.material.opacity = puff.opacity;
    });
  });

  return (
    <group ref={earthFixed} name="launch-pad-earth-fixed" visible={false}>
      <group ref={placed} scale={0.001}>
        <primitive object={pad.root} />
        <primitive object={effects.jet} />
        {effects.sprites.map((s, i) => (
          <primitive key={i} object={s} />
        ))}
      </group>
    </group>
  );
}
