import { useLoader } from '@react-three/fiber';
import { Suspense, useEffect, useMemo, useRef } from 'react';
import {
  BufferGeometry,
  Float32BufferAttribute,
  FileLoader,
  LineBasicMaterial,
  type Group,
} from 'three';
import type { Topology } from 'topojson-specification';
import fineUrl from 'world-atlas/countries-50m.json?url';
import coarseUrl from 'world-atlas/countries-110m.json?url';
import { borderSegments } from './borderGeometry';
import { isFarView } from './levelOfDetail';
import { useSceneFrame } from '../useSceneFrame';

const LIFT_KM = 2;

interface LinesProps {
  url: string;
  materials: { borders: LineBasicMaterial; coasts: LineBasicMaterial };
  /** Whether this scale is the one to draw from where the camera is, this frame. */
  shown: (far: boolean) => boolean;
  onLoaded?: () => void;
}

/** One scale of Natural Earth as two line sets: borders (bright) and coastlines (faint). */
function BorderLines({ url, materials, shown, onLoaded }: LinesProps) {
  const text = useLoader(FileLoader, url) as string;
  const lines = useMemo(() => {
    const segments = borderSegments(JSON.parse(text) as Topology, LIFT_KM);
    const geometry = (positions: Float32Array) => {
      const g = new BufferGeometry();
      g.setAttribute('position', new Float32BufferAttribute(positions, 3));
      return g;
    };
    return { borders: geometry(segments.borders), coasts: geometry(segments.coasts) };
  }, [text]);
  useEffect(() => {
    onLoaded?.();
    return () => {
      lines.borders.dispose();
      lines.coasts.dispose();
    };
  }, [lines, onLoaded]);
  const group = useRef<Group>(null);
  useSceneFrame((_s, root) => {
    group.current!.visible = shown(isFarView(root.camera));
  });
  return (
    <group ref={group}>
      <lineSegments geometry={lines.coasts} material={materials.coasts} renderOrder={2} />
      <lineSegments geometry={lines.borders} material={materials.borders} renderOrder={2} />
    </group>
  );
}

/**
 * Country borders (bright, for finding Kazakhstan) and coastlines (faint), Natural Earth: the
 * 1:110m lines from far away, where their difference from 1:50m is under a pixel, and the 1:50m
 * ones (ten times the segments) near the ground. The fine set is fetched and built only once
 * the page is ready (`loadFine`), so it never delays the first picture; until then the coarse
 * set is drawn at every distance.
 */
export function Borders({ loadFine }: { loadFine: boolean }) {
  const materials = useMemo(() => {
    const m = (color: number, opacity: number) =>
      new LineBasicMaterial({ color, transparent: true, opacity, depthWrite: false });
    return { borders: m(0xffe9a8, 0.75), coasts: m(0xcfe8ff, 0.45) };
  }, []);
  useEffect(
    () => () => {
      materials.borders.dispose();
      materials.coasts.dispose();
    },
    [materials],
  );
  const fineLoaded = useRef(false);
  const callbacks = useMemo(
    () => ({
      coarse: (far: boolean) => far || !fineLoaded.current,
      fine: (far: boolean) => !far,
      loaded: () => {
        fineLoaded.current = true;
      },
    }),
    [],
  );
  return (
    <>
      <BorderLines url={coarseUrl} materials={materials} shown={callbacks.coarse} />
      {loadFine && (
        // Its own boundary: while it loads, the rest of the scene keeps drawing.
        <Suspense fallback={null}>
          <BorderLines
            url={fineUrl}
            materials={materials}
            shown={callbacks.fine}
            onLoaded={callbacks.loaded}
          />
        </Suspense>
      )}
    </>
  );
}
