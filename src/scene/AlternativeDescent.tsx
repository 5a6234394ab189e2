import { Html } from '@react-three/drei';
import { useMemo, useRef } from 'react';
import { Color, Vector3, type Mesh, type PerspectiveCamera } from 'three';
import type { DescentResult } from '../physics/descent';
import { geodeticToEcef } from '../physics/frames';
import { groundAltKm } from '../timeline/replay';
import { buildPhaseLine, useEarthFixedLines } from './phasePath';
import { useSceneFrame } from './useSceneFrame';

const DEG = Math.PI / 180;
/** Largest size of the touchdown dot on screen, pixels (as the touchdown markers). */
const MAX_PX = 7;
const MARKER_KM = 3;
const world = new Vector3();
const toCamera = new Vector3();

interface Props {
  descent: DescentResult;
  /** One colour for the whole path: it is the other flight, not the replay's phases. */
  colour: string;
  label: string;
  name: string;
}

/**
 * A second descent beside the replay's own: its path in one colour and a dot with a label where
 * it comes down. TMA-11 shows where a guided return would have landed; the what-if lab shows the
 * students' burn. A child of <Earth>, in the Earth-fixed frame.
 */
export function AlternativeDescent({ descent, colour, label, name }: Props) {
  const lines = useMemo(() => {
    const c = new Color(colour);
    const rgb: [number, number, number] = [c.r, c.g, c.b];
    const ground = groundAltKm(descent);
    return [
      buildPhaseLine(descent.samples, {
        height: (alt) => alt - ground,
        colours: [rgb, rgb, rgb, rgb, rgb, rgb],
        width: 3,
        name,
      }),
    ];
  }, [descent, colour, name]);
  useEarthFixedLines(lines);

  const position = useMemo(() => {
    const td = descent.touchdown;
    const p = geodeticToEcef(td.lat * DEG, td.lon * DEG, 0.5);
    return new Vector3(p[0], p[2], -p[1]);
  }, [descent]);
  const marker = useRef<Mesh>(null);
  const text = useRef<HTMLDivElement>(null);

  useSceneFrame((_s, root) => {
    const camera = root.camera as PerspectiveCamera;
    if (!marker.current) return;
    const d = marker.current.getWorldPosition(world).distanceTo(camera.position);
    const kmPerPx = (2 * Math.tan((camera.fov * DEG) / 2) * d) / root.size.height;
    marker.current.scale.setScalar(Math.min(MARKER_KM, kmPerPx * MAX_PX));
    if (!text.current) return;
    toCamera.copy(camera.position).sub(world);
    // Shown from any distance on the near side: the comparison is the point of the view.
    text.current.style.display = toCamera.dot(world) > 0 ? '' : 'none';
  });

  return (
    <group position={position}>
      <mesh ref={marker} name={`${name}-touchdown`}>
        <sphereGeometry args={[1, 12, 8]} />
        <meshBasicMaterial color={colour} />
      </mesh>
      <Html zIndexRange={[10, 0]} style={{ pointerEvents: 'none' }}>
        <div
          ref={text}
          className="scene-label scene-label--alternative"
          style={{ display: 'none', borderColor: colour }}
        >
          {label}
        </div>
      </Html>
    </group>
  );
}
