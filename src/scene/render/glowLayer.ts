import { AdditiveBlending, type Material, type Object3D } from 'three';

/**
 * The layer of what glows by itself: whatever is drawn with additive blending (the plasma sheath,
 * the engines' plumes and flames, the soft-landing flash, the burning debris, thruster puffs).
 * Bloom draws this layer alone and spreads it, so the rest of the picture keeps its exact look.
 * Objects stay on layer 0 as well and are drawn as usual.
 */
export const GLOW_LAYER = 1;

function glows(material: Material | Material[] | undefined): boolean {
  if (!material) return false;
  const list = Array.isArray(material) ? material : [material];
  return list.some((m) => m.blending === AdditiveBlending);
}

/** Put every additive part of the scene on the glow layer (new parts mount with a mission). */
export function markGlowing(scene: Object3D): void {
  scene.traverse((o) => {
    if (glows((o as Object3D & { material?: Material | Material[] }).material))
      o.layers.enable(GLOW_LAYER);
  });
}
