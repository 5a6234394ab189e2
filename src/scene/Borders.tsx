import { useLoader } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
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
import { useSceneFrame } from './useSceneFrame';

const LIFT_KM = 2;

/** One scale of Natural Earth as two line sets: borders (bright) and coastlines (faint). */
function useBorderLines(text: string, borders: LineBasicMaterial, coasts: LineBasicMaterial) {
  const lines = useMemo(() => {
    const segments = borderSegments(JSON.parse(text) as Topology, LIFT_KM);
    const geometry = (positions: Float32Array) => {
      const g = new BufferGeometry();
      g.setAttribute('position', new Float32BufferAttribute(positions, 3));
      return g;
    };
    return { borders: geometry(segments.borders), coasts: geometry(segments.coasts) };
  }, [text]);
  useEffect(
    () => () => {
      lines.borders.dispose();
      lines.coasts.dispose();
    },
    [lines],
  );
  return (
    <>
      <lineSegments geometry={lines.coasts} material={coasts} renderOrder={2} />
      <lineSegments geometry={lines.borders} material={borders} renderOrder={2} />
    </>
  );
}

/**
 * Country borders (bright, for finding Kazakhstan) and coastlines (faint), Natural Earth: the
 * 1:50m lines near the ground and the 1:110m ones (a seventh of the segments) from far away,
 * where their difference is under a pixel.
 */
export function Borders() {
  const [fineText, coarseText] = useLoader(FileLoader, [fineUrl, coarseUrl]) as string[];
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
  const fineLines = useBorderLines(fineText!, materials.borders, materials.coasts);
  const coarseLines = useBorderLines(coarseText!, materials.borders, materials.coasts);
  const fine = useRef<Group>(null);
  const coarse = useRef<Group>(null);
  useSceneFrame((_s, root) => {
    const far = isFarView(root.camera);
    coarse.current!.visible = far;
    fine.current!.visible = !far;
  });
  return (
    <>
      <group ref={fine}>{fineLines}</group>
      <group ref={coarse}>{coarseLines}</group>
    </>
  );
}
