import {
  AdditiveBlending,
  ConeGeometry,
  CylinderGeometry,
  DoubleSide,
  Group,
  Mesh,
  MeshBasicMaterial,
  MeshStandardMaterial,
  SphereGeometry,
  type BufferGeometry,
  type Material,
} from 'three';

/**
 * What the descent module wears on the way down, in metres, hung from its own group:
 * the drogue (24 m²) and main (~1,000 m²) canopies, the plasma sheath, and the flash of the six
 * soft-landing motors. Sizes from the sourced areas: r = sqrt(A / π).
 */
export interface SoyuzEffects {
  root: Group;
  drogue: Group;
  main: Group;
  plasma: Mesh;
  plasmaMaterial: MeshBasicMaterial;
  flash: Mesh;
  dispose(): void;
}

const DROGUE_RADIUS_M = Math.sqrt(24 / Math.PI);
const MAIN_RADIUS_M = Math.sqrt(1000 / Math.PI);
/** Capsule plus open canopy, top to bottom, m: what a minimum on-screen size must fit. */
export const CANOPY_SPAN_M = { drogue: 14 + DROGUE_RADIUS_M, main: 45 + MAIN_RADIUS_M };

export function buildSoyuzEffects(): SoyuzEffects {
  const geometries: BufferGeometry[] = [];
  const materials: Material[] = [];
  const g = <T extends BufferGeometry>(x: T) => (geometries.push(x), x);
  const m = <T extends Material>(x: T) => (materials.push(x), x);
  const root = new Group();

  const canopy = (radius: number, colour: number, height: number) => {
    const group = new Group();
    const cloth = m(new MeshStandardMaterial({ color: colour, side: DoubleSide, roughness: 0.9 }));
    const dome = new Mesh(
      g(new SphereGeometry(radius, 32, 12, 0, Math.PI * 2, 0, Math.PI / 2.4)),
      cloth,
    );
    dome.position.y = height;
    group.add(dome);
    // Suspension lines as a thin cone from the canopy rim down to the capsule.
    const lines = new Mesh(
      g(new ConeGeometry(radius * 0.95, height, 24, 1, true)),
      m(
        new MeshBasicMaterial({
          color: 0xdddddd,
          wireframe: true,
          transparent: true,
          opacity: 0.5,
        }),
      ),
    );
    lines.position.y = height / 2;
    lines.rotation.x = Math.PI;
    group.add(lines);
    group.visible = false;
    root.add(group);
    return group;
  };
  const drogue = canopy(DROGUE_RADIUS_M, 0xff7a1a, 14);
  const main = canopy(MAIN_RADIUS_M, 0xf25c2a, 45);

  const plasmaMaterial = m(
    new MeshBasicMaterial({
      color: 0xff8a3d,
      transparent: true,
      opacity: 0.8,
      blending: AdditiveBlending,
      depthWrite: false,
    }),
  );
  // A glowing sheath ahead of the heat shield trailing into a wake: a sphere stretched backwards.
  const plasma = new Mesh(g(new SphereGeometry(1.8, 24, 16)), plasmaMaterial);
  plasma.scale.set(1, 1, 1);
  plasma.visible = false;
  root.add(plasma);

  const flash = new Mesh(
    g(new CylinderGeometry(0.6, 1.6, 1.2, 24, 1, true)),
    m(
      new MeshBasicMaterial({
        color: 0xfff0b0,
        transparent: true,
        opacity: 0.9,
        blending: AdditiveBlending,
        depthWrite: false,
        side: DoubleSide,
      }),
    ),
  );
  flash.position.y = -1.6;
  flash.visible = false;
  root.add(flash);

  return {
    root,
    drogue,
    main,
    plasma,
    plasmaMaterial,
    flash,
    dispose() {
      geometries.forEach((x) => x.dispose());
      materials.forEach((x) => x.dispose());
    },
  };
}
