import { Html } from '@react-three/drei';
import { useMemo, useRef } from 'react';
import { Vector3, type Mesh, type PerspectiveCamera } from 'three';
import { geodeticToEcef } from '../../physics/frames';
import { useSceneFrame } from '../useSceneFrame';
import { DEG } from '../../physics/constants';
import { LABEL_PRIORITY } from '../labels/labelLayout';

/** Largest size of the dot on screen, pixels (as the touchdown markers): never a hill up close. */
const MAX_PX = 7;
const MARKER_KM = 3;
const world = new Vector3();
const toCamera = new Vector3();

interface Props {
  lat: number;
  lon: number;
  colour: string;
  label: string;
  name: string;
}

/**
 * A labelled dot on the ground, a child of <Earth> (Earth-fixed frame): a few pixels across at
 * any distance, its label shown from any distance on the near side of the globe.
 */
export function GroundMarker({ lat, lon, colour, label, name }: Props) {
  const position = useMemo(() => {
    const p = geodeticToEcef(lat * DEG, lon * DEG, 0.5);
    return new Vector3(p[0], p[2], -p[1]);
  }, [lat, lon]);
  const marker = useRef<Mesh>(null);
  const text = useRef<HTMLDivElement>(null);

  useSceneFrame((_s, root) => {
    const camera = root.camera as PerspectiveCamera;
    if (!marker.current) return;
    const d = marker.current.getWorldPosition(world).distanceTo(camera.position);
    const kmPerPx = (2 * Math.tan((camera.fov * DEG) / 2) * d) / root.size.height;
    marker.current.scale.setScalar(Math.min(MARKER_KM, kmPerPx * MAX_PX));
    // Html mounts its DOM a moment after the first frame; frames are drawn on demand, so ask
    // for more until the label is there to show (as SiteLabels does).
    if (!text.current) return root.invalidate();
    toCamera.copy(camera.position).sub(world);
    text.current.style.display = toCamera.dot(world) > 0 ? '' : 'none';
  });

  return (
    <group position={position}>
      <mesh ref={marker} name={name}>
        <sphereGeometry args={[1, 12, 8]} />
        <meshBasicMaterial color={colour} />
      </mesh>
      <Html zIndexRange={[10, 0]} style={{ pointerEvents: 'none' }}>
        <div
          ref={text}
          className="scene-label scene-label--alternative"
          data-scene-label
          data-label-priority={LABEL_PRIORITY.mission}
          style={{ display: 'none', borderColor: colour }}
          data-marker={name}
        >
          {label}
        </div>
      </Html>
    </group>
  );
}
