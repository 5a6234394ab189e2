import { describe, expect, it } from 'vitest';
import { FrontSide, Mesh, MeshStandardMaterial, PlaneGeometry, Vector3 } from 'three';
import { bothSides, partMaterial, plainMap } from '../../../../src/scene/render/onePartProgram';
import { buildIssModel } from '../../../../src/scene/iss/issModel';
import { buildSoyuzModel } from '../../../../src/scene/soyuz/soyuzModel';

/** What decides three's shader program for a standard material (beyond uniforms). */
function programFeatures(m: MeshStandardMaterial): string {
  return JSON.stringify({
    map: m.map !== null,
    alphaMap: m.alphaMap !== null,
    alphaTest: m.alphaTest > 0,
    side: m.side,
    vertexColors: m.vertexColors,
    emissiveMap: m.emissiveMap !== null,
    normalMap: m.normalMap !== null,
    transparent: m.transparent,
    flatShading: m.flatShading,
  });
}

function standardMaterials(...roots: Mesh['parent'][]): MeshStandardMaterial[] {
  const out = new Set<MeshStandardMaterial>();
  for (const root of roots)
    root!.traverse((o) => {
      if (o instanceof Mesh && o.material instanceof MeshStandardMaterial) out.add(o.material);
    });
  return [...out];
}

describe('one shader program for the station and the ship', () => {
  it('every part of the ISS and the Soyuz, the truss lattice too, has the same shader features', () => {
    const iss = buildIssModel();
    const soyuz = buildSoyuzModel();
    const materials = standardMaterials(iss.root, soyuz.root);
    expect(materials.length).toBeGreaterThan(10);
    const kinds = new Map<string, number>();
    for (const m of materials) {
      const key = programFeatures(m);
      kinds.set(key, (kinds.get(key) ?? 0) + 1);
    }
    // One kind: the truss's lattice cuts its holes with its map's alpha, not an alpha map.
    expect([...kinds.keys()]).toEqual([programFeatures(partMaterial({}))]);
    iss.dispose();
    soyuz.dispose();
  });

  it('gives plain parts one shared white map, and an alpha test an opaque map never fails', () => {
    const m = partMaterial({ color: 0x123456 });
    expect(m.map).toBe(plainMap());
    expect([...(plainMap().image.data as Uint8Array)]).toEqual([255, 255, 255, 255]);
    expect(m.side).toBe(FrontSide);
    expect(m.alphaTest).toBeGreaterThan(0);
    expect(m.alphaTest).toBeLessThan(1);
  });
});

describe('bothSides', () => {
  it('adds a back face behind each front one: winding reversed, normal turned', () => {
    const plane = new PlaneGeometry(2, 1);
    const both = bothSides(plane);
    const position = both.attributes.position!;
    const normal = both.attributes.normal!;
    expect(position.count).toBe(12); // two triangles, each side
    const corner = (i: number) => new Vector3().fromBufferAttribute(position, i);
    for (let t = 0; t < 4; t++) {
      const [a, b, c] = [corner(3 * t), corner(3 * t + 1), corner(3 * t + 2)];
      // The face's own normal (from its winding) agrees with the normal it carries.
      const facing = b.sub(a).cross(c.sub(a)).normalize();
      const carried = new Vector3().fromBufferAttribute(normal, 3 * t);
      expect(facing.dot(carried)).toBeCloseTo(1, 6);
      // The first two triangles face +Z (the plane's front), the last two -Z.
      expect(Math.sign(carried.z)).toBe(t < 2 ? 1 : -1);
    }
  });
});
