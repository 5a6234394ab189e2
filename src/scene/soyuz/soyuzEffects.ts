import {
  AdditiveBlending,
  Color,
  ConeGeometry,
  CylinderGeometry,
  DoubleSide,
  Float32BufferAttribute,
  Group,
  Mesh,
  MeshBasicMaterial,
  MeshStandardMaterial,
  SphereGeometry,
  type BufferGeometry,
  type Material,
} from 'three';
import { buildGroundCanopy } from './groundCanopy';
import { buildModuleDebris, type ModuleDebris } from './moduleDebris';
import { buildPlasmaGlow } from './plasmaGlow';

/**
 * What the descent module wears on the way down, in metres, hung from its own group:
 * the drogue (24 m²) and main (~1,000 m²) canopies, the plasma sheath and wake, the other two
 * modules' burning fragments, the flash and dust of the six soft-landing motors, and the main
 * canopy lying on the steppe after touchdown. Sizes from the sourced areas: r = sqrt(A / π).
 */
export interface SoyuzEffects {
  root: Group;
  drogue: Group;
  main: Group;
  plasma: Mesh;
  plasmaMaterial: MeshBasicMaterial;
  debris: ModuleDebris;
  flash: Mesh;
  dust: Mesh;
  dustMaterial: MeshBasicMaterial;
  groundCanopy: Mesh;
  dispose(): void;
}

const DROGUE_RADIUS_M = Math.sqrt(24 / Math.PI);
const MAIN_RADIUS_M = Math.sqrt(1000 / Math.PI);
/** Capsule plus open canopy, top to bottom, m: what a minimum on-screen size must fit. */
export const CANOPY_SPAN_M = { drogue: 14 + DROGUE_RADIUS_M, main: 45 + MAIN_RADIUS_M };
/** Soyuz canopies are orange and white in gores (photographs of every landing). */
const GORE_ORANGE = new Color(0xf2661f);
const GORE_WHITE = new Color(0xf2efe8);

/**
 * Colour a canopy's gores (around its axis): mostly orange with every fourth white, the plainest
 * reading of landing photographs (assumption: no source gives the exact panel layout).
 */
export function paintGores(geo: BufferGeometry, gores: number): BufferGeometry {
  const pos = geo.getAttribute('position');
  const out = new Float32Array(pos.count * 3);
  for (let i = 0; i < pos.count; i++) {
    const a = Math.atan2(pos.getZ(i), pos.getX(i));
    const c =
      Math.floor(((a + Math.PI) / (2 * Math.PI)) * gores) % 4 === 3 ? GORE_WHITE : GORE_ORANGE;
    out[3 * i] = c.r;
    out[3 * i + 1] = c.g;
    out[3 * i + 2] = c.b;
  }
  geo.setAttribute('color', new Float32BufferAttribute(out, 3));
  return geo;
}

export function buildSoyuzEffects(): SoyuzEffects {
  const geometries: BufferGeometry[] = [];
  const materials: Material[] = [];
  const g = <T extends BufferGeometry>(x: T) => (geometries.push(x), x);
  const m = <T extends Material>(x: T) => (materials.push(x), x);
  const root = new Group();

  const cloth = m(
    new MeshStandardMaterial({ vertexColors: true, side: DoubleSide, roughness: 0.9 }),
  );
  const lineMaterial = m(
    new MeshBasicMaterial({ color: 0xdddddd, wireframe: true, transparent: true, opacity: 0.5 }),
  );
  const canopy = (radius: number, height: number, gores: number) => {
    const group = new Group();
    const domeGeo = new SphereGeometry(radius, 32, 12, 0, Math.PI * 2, 0, Math.PI / 2.4);
    const dome = new Mesh(g(paintGores(domeGeo.toNonIndexed(), gores)), cloth);
    domeGeo.dispose();
    dome.position.y = height;
    group.add(dome);
    // Suspension lines as a thin cone from the canopy rim down to the capsule.
    const lines = new Mesh(g(new ConeGeometry(radius * 0.95, height, 24, 1, true)), lineMaterial);
    lines.position.y = height / 2;
    lines.rotation.x = Math.PI;
    group.add(lines);
    group.visible = false;
    root.add(group);
    return group;
  };
  const drogue = canopy(DROGUE_RADIUS_M, 14, 8);
  const main = canopy(MAIN_RADIUS_M, 45, 16);

  const { mesh: plasma, material: plasmaMaterial } = buildPlasmaGlow();
  g(plasma.geometry);
  m(plasmaMaterial);
  root.add(plasma);

  const debris = buildModuleDebris();
  root.add(debris.root);

  // The six motors fire through the base for a fraction of a second: a short bright skirt.
  const flash = new Mesh(
    g(new CylinderGeometry(0.8, 3, 1.6, 24, 1, true)),
    m(
      new MeshBasicMaterial({
        color: 0xfff0b0,
        transparent: true,
        opacity: 0.95,
        blending: AdditiveBlending,
        depthWrite: false,
        side: DoubleSide,
      }),
    ),
  );
  flash.visible = false;
  root.add(flash);

  // Dust thrown up from the steppe: a low dome that spreads and thins (the scene sets both).
  const dustMaterial = m(
    new MeshBasicMaterial({
      color: 0xb59a72,
      vertexColors: true,
      transparent: true,
      opacity: 0,
      depthWrite: false,
      side: DoubleSide,
    }),
  );
  // Thickest low down and fading upward, so it reads as a cloud rather than a solid dome.
  const dustGeo = new SphereGeometry(1, 24, 6, 0, Math.PI * 2, 0, Math.PI / 2);
  const dustPos = dustGeo.getAttribute('position');
  const dustRgba = new Float32Array(dustPos.count * 4);
  for (let i = 0; i < dustPos.count; i++) {
    dustRgba.set([1, 1, 1, 0.35 + 0.65 * (1 - dustPos.getY(i)) ** 2], 4 * i);
  }
  dustGeo.setAttribute('color', new Float32BufferAttribute(dustRgba, 4));
  const dust = new Mesh(g(dustGeo), dustMaterial);
  dust.visible = false;
  root.add(dust);

  const groundCanopy = buildGroundCanopy(g, cloth);
  groundCanopy.visible = false;
  root.add(groundCanopy);

  return {
    root,
    drogue,
    main,
    plasma,
    plasmaMaterial,
    debris,
    flash,
    dust,
    dustMaterial,
    groundCanopy,
    dispose() {
      geometries.forEach((x) => x.dispose());
      materials.forEach((x) => x.dispose());
      debris.dispose();
    },
  };
}
