import { Html } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useContext, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Group, Vector3 } from 'three';
import { LineMaterial } from 'three/examples/jsm/lines/LineMaterial.js';
import { FlatLine, FlatLineGeometry } from '../render/flatLine';
import { missions } from '../../data/catalog';
import { dataText, t, useLang } from '../../i18n';
import { formatUnit } from '../../i18n/format';
import { geodeticToEcef } from '../../physics/frames';
import type { Vec3 } from '../../physics/vec3';
import type { LandingAim } from '../../replay/replay';
import { EarthMaterialContext } from '../earth/Earth';
import { groundCircle, groundPatchGeometry } from './groundPatch';
import { createSteppeMaterial } from './steppeMaterial';
import { useSceneFrame } from '../useSceneFrame';
import { DEG } from '../../physics/constants';
import { LABEL_PRIORITY } from '../labels/labelLayout';

/** Guided (AUS) landing accuracy about the aim point: 28 km, p = 0.9997 (RussianSpaceWeb via SOURCES.md). */
export const DISPERSION_KM = 28;
const PATCH_HALF_SPAN_KM = 45;
/** Labels show only when the camera is this close, so the globe view stays clean. */
const LABEL_RANGE_KM = 800;
/**
 * Beyond this the whole zone is left out: its widest ring spans under 10 pixels there and the
 * touchdown markers mark the spot, while its thirteen draws cost a frame on software WebGL.
 */
const ZONE_RANGE_KM = 5000;
/** The rings show from this height up (approximate: camera radius less the zone's), km. */
const RINGS_ABOVE_KM = 1;

interface Props {
  aim: LandingAim;
  modelled: { lat: number; lon: number };
  /** Measured or published touchdown point of this mission, where the data has one. */
  reported: { lat: number; lon: number } | null;
  /** Draw the guided dispersion circle and aim label (not for a ballistic reconstruction). */
  guidedZone?: boolean;
}

function ring(points: Float32Array, colour: number, width: number, dashed = false): FlatLine {
  const geometry = new FlatLineGeometry();
  geometry.setPositions(points);
  const material = new LineMaterial({
    color: colour,
    linewidth: width,
    dashed,
    dashSize: 2,
    gapSize: 1.5,
  });
  const line = new FlatLine(geometry, material);
  if (dashed) line.computeLineDistances();
  return line;
}

/**
 * The landing zone south-east of Zhezkazgan: a fine ground patch on the true ellipsoid for the
 * capsule to stand on, the 28 km guided dispersion circle about the aim point, the modelled
 * and reported touchdown points, and the touchdowns of other missions from the data.
 */
export function LandingZone({ aim, modelled, reported, guidedZone = true }: Props) {
  const earthMaterial = useContext(EarthMaterialContext);
  const material = useMemo(
    () => (earthMaterial ? createSteppeMaterial(earthMaterial) : null),
    [earthMaterial],
  );
  useEffect(() => () => material?.dispose(), [material]);
  const size = useThree((s) => s.size);
  const group = useRef<Group>(null);
  const labels = useRef<HTMLDivElement>(null);
  const lang = useLang();
  const origin = useMemo(() => geodeticToEcef(aim.lat * DEG, aim.lon * DEG, 0), [aim]);
  const parts = useMemo(() => {
    const patch = groundPatchGeometry(aim.lat, aim.lon, PATCH_HALF_SPAN_KM, 90, origin);
    const lines = [ring(groundCircle(modelled.lat, modelled.lon, 0.5, 32, origin), 0x7dff9a, 3)];
    if (guidedZone)
      lines.push(
        ring(groundCircle(aim.lat, aim.lon, DISPERSION_KM, 128, origin), 0xffd166, 3, true),
        ring(groundCircle(aim.lat, aim.lon, 0.8, 32, origin), 0xffd166, 3),
      );
    if (reported)
      lines.push(ring(groundCircle(reported.lat, reported.lon, 0.5, 32, origin), 0xffffff, 3));
    for (const m of missions) {
      const l = m.landing;
      if (!l || l.lat === null || l.lon === null) continue;
      if (Math.abs(l.lat - aim.lat) > 3 || Math.abs(l.lon - aim.lon) > 4) continue;
      lines.push(ring(groundCircle(l.lat, l.lon, 0.35, 24, origin), 0xb3c0d4, 2));
    }
    return { patch, lines };
  }, [aim, modelled, reported, origin, guidedZone]);
  useEffect(
    () => () => {
      parts.patch.dispose();
      for (const l of parts.lines) {
        l.geometry.dispose();
        l.material.dispose();
      }
    },
    [parts],
  );
  // Before the first frame draws them (layout, not passive, effect; see OrbitLines).
  useLayoutEffect(() => {
    for (const l of parts.lines) l.material.resolution.set(size.width, size.height);
  }, [parts, size]);

  const world = useMemo(() => new Vector3(), []);
  const originLength = Math.hypot(origin[0], origin[1], origin[2]);
  useSceneFrame((_s, root) => {
    // Not waiting for the labels' element (drei's Html mounts it a few frames later): until then
    // the zone drew from any distance, and the globe's first picture compiled its three shader
    // programs and drew its 22 parts, unseen a frame later (npm run bench -- load).
    if (!group.current) return;
    group.current.getWorldPosition(world);
    const distance = root.camera.position.distanceTo(world);
    group.current.visible = distance < ZONE_RANGE_KM;
    // From a person's height the rings would stand across the steppe as stripes; they mean
    // something only from the air.
    const heightKm = root.camera.position.length() - originLength;
    for (const l of parts.lines) l.visible = heightKm > RINGS_ABOVE_KM;
    if (labels.current) labels.current.style.display = distance < LABEL_RANGE_KM ? '' : 'none';
  });

  const local = (lat: number, lon: number): [number, number, number] => {
    const p: Vec3 = geodeticToEcef(lat * DEG, lon * DEG, 0.05);
    return [p[0] - origin[0], p[2] - origin[2], -(p[1] - origin[1])];
  };

  return (
    <group ref={group} position={[origin[0], origin[2], -origin[1]]} name="landing-zone">
      {material && <mesh geometry={parts.patch} material={material} renderOrder={0} />}
      {parts.lines.map((l, i) => (
        <primitive key={i} object={l} />
      ))}
      <Html
        position={local(aim.lat, aim.lon)}
        zIndexRange={[10, 0]}
        style={{ pointerEvents: 'none' }}
      >
        <div ref={labels} className="zone-labels">
          {guidedZone && (
            <div
              className="scene-label scene-label--zone"
              title={dataText(aim.status, lang)}
              data-scene-label
              data-label-priority={LABEL_PRIORITY.mission}
            >
              {t(/estimate/i.test(aim.status) ? 'scene.aimEstimate' : 'scene.aimTarget', {
                circle: formatUnit('km', DISPERSION_KM),
              })}
            </div>
          )}
        </div>
      </Html>
    </group>
  );
}
