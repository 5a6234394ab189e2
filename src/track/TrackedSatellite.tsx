import { Html } from '@react-three/drei';
import { useRef } from 'react';
import type { Group, Mesh, PerspectiveCamera } from 'three';
import { trackedFixAt, useTracked } from './trackedSatellite';
import { t, useLang } from '../i18n';
import type { SceneState } from '../replay/sceneState';
import { formatUnit } from '../i18n/format';
import { OrbitLines, type OrbitSource } from '../scene/iss/OrbitLines';
import { setSceneVector } from '../scene/sceneVectors';
import { useSceneFrame } from '../scene/useSceneFrame';
import './track.css';
import { DEG } from '../physics/constants';
import { LABEL_PRIORITY } from '../scene/labels/labelLayout';

/** On-screen size of the satellite's dot, pixels: a point, as a real one looks from afar. */
const DOT_PX = 9;
/** Okabe–Ito bluish green, and a light tint of it for the ground track. */
const COLOUR = 0x009e73;
const GROUND_COLOUR = 0x8fd9bf;

/** The tracked satellite at the frame's instant, as OrbitLines wants it; null when not shown. */
function trackedSource(s: SceneState): OrbitSource | null {
  const at = trackedFixAt(s.utcMs);
  return at && 'fix' in at ? { tle: at.satellite.tle, eci: at.fix.eci } : null;
}

/**
 * A satellite from a pasted TLE: a dot with its name, its orbit one revolution either way, and
 * its ground track, on the same clock as everything else. Hidden, with the reason in the panel,
 * while SGP4 cannot place it (beyond 30 days from its epoch, or decayed).
 */
export function TrackedSatellite() {
  const tracked = useTracked((s) => s.tracked);
  useLang();
  const dot = useRef<Mesh>(null);
  const label = useRef<HTMLDivElement>(null);
  const group = useRef<Group>(null);

  useSceneFrame((s, root) => {
    const g = group.current;
    if (!g) return;
    const at = trackedFixAt(s.utcMs);
    g.visible = !!at && 'fix' in at;
    if (!at || !('fix' in at)) {
      if (label.current) label.current.style.display = 'none';
      return;
    }
    setSceneVector(g.position, at.fix.eci.r);
    const camera = root.camera as PerspectiveCamera;
    const d = camera.position.distanceTo(g.position);
    const kmPerPx = (2 * Math.tan((camera.fov * DEG) / 2) * d) / root.size.height;
    dot.current?.scale.setScalar(kmPerPx * DOT_PX * 0.5);
    if (!label.current) return root.invalidate();
    label.current.style.display = '';
    label.current.textContent = `${at.satellite.name ?? t('track.unnamed', { satnum: at.satellite.tle.satnum })} · ${formatUnit('km', at.fix.geo.altKm)}`;
  });

  if (!tracked) return null;
  return (
    <>
      <OrbitLines
        earthFixedParent="earth-fixed"
        source={trackedSource}
        orbitColour={COLOUR}
        groundColour={GROUND_COLOUR}
      />
      <group ref={group} name="tracked-satellite">
        <mesh ref={dot}>
          <sphereGeometry args={[1, 12, 8]} />
          <meshBasicMaterial color={COLOUR} />
        </mesh>
        <Html zIndexRange={[10, 0]} style={{ pointerEvents: 'none' }}>
          <div
            ref={label}
            className="scene-label scene-label--tracked"
            style={{ display: 'none' }}
            data-testid="tracked-label"
            data-scene-label
            data-label-priority={LABEL_PRIORITY.followed}
          />
        </Html>
      </group>
    </>
  );
}
