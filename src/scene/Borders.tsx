import { useLoader } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { BufferGeometry, Float32BufferAttribute, FileLoader, LineBasicMaterial } from 'three';
import type { Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import { borderSegments } from './borderGeometry';

const LIFT_KM = 2;

/** Country borders (bright, for finding Kazakhstan) and coastlines (faint), Natural Earth 1:50m. */
export function Borders() {
  const text = useLoader(FileLoader, countriesUrl) as string;
  const parts = useMemo(() => {
    const { borders, coasts } = borderSegments(JSON.parse(text) as Topology, LIFT_KM);
    const make = (positions: Float32Array, color: number, opacity: number) => {
      const g = new BufferGeometry();
      g.setAttribute('position', new Float32BufferAttribute(positions, 3));
      const m = new LineBasicMaterial({ color, transparent: true, opacity, depthWrite: false });
      return { g, m };
    };
    return { borders: make(borders, 0xffe9a8, 0.75), coasts: make(coasts, 0xcfe8ff, 0.45) };
  }, [text]);
  useEffect(
    () => () => {
      for (const p of [parts.borders, parts.coasts]) {
        p.g.dispose();
        p.m.dispose();
      }
    },
    [parts],
  );
  return (
    <>
      <lineSegments geometry={parts.coasts.g} material={parts.coasts.m} renderOrder={2} />
      <lineSegments geometry={parts.borders.g} material={parts.borders.m} renderOrder={2} />
    </>
  );
}
