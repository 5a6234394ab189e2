import type { Object3D } from 'three';

/**
 * The layer of what glows by itself (the plasma sheath, engine flames, the soft-landing flash):
 * bloom draws this layer alone and spreads it, so the rest of the picture keeps its exact look.
 * Objects stay on layer 0 as well and are drawn as usual.
 */
export const GLOW_LAYER = 1;

export function markGlow(object: Object3D): void {
  object.traverse((o) => o.layers.enable(GLOW_LAYER));
}
