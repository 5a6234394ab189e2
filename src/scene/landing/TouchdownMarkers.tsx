import { Html } from '@react-three/drei';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import {
  Color,
  InstancedMesh,
  MeshBasicMaterial,
  Object3D,
  SphereGeometry,
  Vector3,
  type PerspectiveCamera,
} from 'three';
import { missions } from '../../data/catalog';
import { missionName, personName, t, useLang } from '../../i18n';
import { geodeticToEcef } from '../../physics/frames';
import { formatDate } from '../../i18n/format';
import { useClock } from '../../clock/clockStore';
import { useClockStore } from '../../clock/ClockContext';
import { landingAim } from '../../replay/replay';
import { useSceneFrame } from '../useSceneFrame';
import { DEG } from '../../physics/constants';
import { LABEL_PRIORITY } from '../labels/labelLayout';

const world = new Vector3();
/** Largest size of a marker on screen, pixels: a dot, never a hill in the ground view. */
const MAX_PX = 6;
const toCamera = new Vector3();
const placer = new Object3D();

interface Marker {
  id: string;
  position: Vector3;
  mission: string;
  date: string;
  crew: string[];
  estimate: boolean;
}

/**
 * Every landing in the data with a place, as a marker on the ground: the Zhezkazgan zone's
 * cluster, and the off-nominal ones far from it (TMA-11's ballistic return near the Russian
 * border). The current mission's marker carries a label with its date and crew.
 */
export function TouchdownMarkers() {
  const clock = useClockStore();
  const missionId = useClock(clock, (s) => s.missionId);
  const markers = useMemo<Marker[]>(
    () =>
      missions.flatMap((m) => {
        const aim = landingAim(m);
        if (!aim || !m.landing) return [];
        const p = geodeticToEcef(aim.lat * DEG, aim.lon * DEG, 0.5);
        return [
          {
            id: m.id,
            position: new Vector3(p[0], p[2], -p[1]),
            mission: m.mission,
            date: m.date,
            crew: m.crew.map((c) => c.replace(/\s*\(.*\)/, '')),
            estimate: /estimate/i.test(aim.status),
          },
        ];
      }),
    [],
  );
  const label = useRef<HTMLDivElement>(null);
  const current = markers.find((m) => m.id === missionId);
  const lang = useLang();
  // One draw for every marker: each draw call has a fixed cost, large on software WebGL.
  const dots = useMemo(() => {
    const mesh = new InstancedMesh(
      new SphereGeometry(1, 12, 8),
      new MeshBasicMaterial(),
      markers.length,
    );
    mesh.name = 'touchdown-markers';
    // Instances are placed every frame; the mesh's own bounds would be of the unit sphere.
    mesh.frustumCulled = false;
    return mesh;
  }, [markers]);
  useEffect(
    () => () => {
      dots.geometry.dispose();
      dots.material.dispose();
      dots.dispose();
    },
    [dots],
  );
  // Before fiber's first frame, which comes before passive effects: a first draw without instance
  // colours would compile a shader program of its own, used once (40–95 ms on SwiftShader).
  useLayoutEffect(() => {
    const colour = new Color();
    markers.forEach((m, i) =>
      dots.setColorAt(
        i,
        colour.set(m.id === missionId ? '#ffffff' : m.estimate ? '#7f8ea3' : '#c9d6e8'),
      ),
    );
    dots.instanceColor!.needsUpdate = true;
  }, [dots, markers, missionId]);

  useSceneFrame((_s, root) => {
    const earth = root.scene.getObjectByName('earth-fixed');
    const camera = root.camera as PerspectiveCamera;
    const kmPerPxAt1 = (2 * Math.tan((camera.fov * DEG) / 2)) / root.size.height;
    if (earth) {
      markers.forEach((m, i) => {
        const base = m.id === missionId ? 2.5 : 1.5;
        const d = world
          .copy(m.position)
          .applyMatrix4(earth.matrixWorld)
          .distanceTo(camera.position);
        placer.position.copy(m.position);
        placer.scale.setScalar(Math.min(base, d * kmPerPxAt1 * MAX_PX));
        placer.updateMatrix();
        dots.setMatrixAt(i, placer.matrix);
      });
      dots.instanceMatrix.needsUpdate = true;
    }
    if (!label.current || !earth || !current) return;
    world.copy(current.position).applyMatrix4(earth.matrixWorld);
    toCamera.copy(root.camera.position).sub(world);
    const facing = toCamera.dot(world) > 0;
    const near = toCamera.length() < 4000;
    label.current.style.display = facing && near ? '' : 'none';
  });

  return (
    <>
      <primitive object={dots} />
      {current && (
        <Html position={current.position} zIndexRange={[10, 0]} style={{ pointerEvents: 'none' }}>
          <div
            ref={label}
            className="scene-label scene-label--touchdown"
            data-scene-label
            data-label-priority={LABEL_PRIORITY.pastTouchdown}
            style={{ display: 'none' }}
          >
            {t(current.estimate ? 'scene.touchdownEstimated' : 'scene.touchdownReported', {
              what: [
                missionName(current.mission, lang),
                formatDate(current.date, lang),
                current.crew.map((c) => personName(c, lang)).join(', '),
              ].join(' · '),
            })}
          </div>
        </Html>
      )}
    </>
  );
}
