import { Html } from '@react-three/drei';
import { useMemo, useRef } from 'react';
import { Vector3, type Mesh, type PerspectiveCamera } from 'three';
import { SITES, ZHEZKAZGAN } from '../../data/sites';
import { dataText, placeName, useLang } from '../../i18n';
import { geodeticToEcef } from '../../physics/frames';
import { useSceneFrame } from '../useSceneFrame';
import { DEG } from '../../physics/constants';
import { LABEL_PRIORITY } from './labelLayout';

const world = new Vector3();
const normal = new Vector3();
const toCamera = new Vector3();
/** The dot under each label: a few pixels across at any distance, never a dome on the horizon. */
const DOT_MAX_PX = 8;
const DOT_MAX_KM = 6;

/** Labels for Zhezkazgan and Baikonur, hidden when the place is on the far side of Earth. */
export function SiteLabels() {
  const places = useMemo(
    () =>
      SITES.map((s) => {
        const p = geodeticToEcef(s.lat * DEG, s.lon * DEG, 1);
        return { site: s, position: new Vector3(p[0], p[2], -p[1]) };
      }),
    [],
  );
  const refs = useRef<(HTMLDivElement | null)[]>([]);
  const dots = useRef<(Mesh | null)[]>([]);
  const lang = useLang();

  useSceneFrame((_s, root) => {
    const earth = root.scene.getObjectByName('earth-fixed');
    if (!earth) return;
    const camera = root.camera as PerspectiveCamera;
    places.forEach((p, i) => {
      world.copy(p.position).applyMatrix4(earth.matrixWorld);
      const dot = dots.current[i];
      if (dot) {
        const km = world.distanceTo(camera.position);
        const kmPerPx = (2 * Math.tan((camera.fov * DEG) / 2) * km) / root.size.height;
        dot.scale.setScalar(Math.min(DOT_MAX_KM, kmPerPx * DOT_MAX_PX) / 2);
      }
      const el = refs.current[i];
      // Html mounts its DOM a moment after the first frame; draw once more when it has.
      if (!el) return root.invalidate();
      normal.copy(world).normalize();
      toCamera.copy(root.camera.position).sub(world).normalize();
      el.style.visibility = normal.dot(toCamera) > 0.05 ? 'visible' : 'hidden';
    });
  });

  return (
    <>
      {places.map((p, i) => (
        <group key={p.site.id} position={p.position}>
          <mesh
            ref={(m) => {
              dots.current[i] = m;
            }}
          >
            <sphereGeometry args={[2, 12, 8]} />
            <meshBasicMaterial color="#ff5a36" />
          </mesh>
          <Html zIndexRange={[10, 0]} style={{ pointerEvents: 'none' }}>
            <div
              ref={(el) => {
                refs.current[i] = el;
              }}
              className={`scene-label${p.site.lon < ZHEZKAZGAN.lon ? ' scene-label--left' : ''}`}
              data-scene-label
              data-label-priority={LABEL_PRIORITY.site}
              style={{ visibility: 'hidden' }}
              title={dataText(p.site.source, lang)}
            >
              {placeName(p.site.id, lang)}
            </div>
          </Html>
        </group>
      ))}
    </>
  );
}
