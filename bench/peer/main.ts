/**
 * The benchmark's peer: a plain globe.gl globe with the app's own Blue Marble texture, turning by
 * itself so that globe.gl draws every frame (its loop renders on every requestAnimationFrame).
 * Nothing else is drawn: this is the baseline the app's frame time is compared with.
 */
import Globe from 'globe.gl';
import type { PerspectiveCamera, Texture } from 'three';
// The very file the app bundles, so Vite serves the same bytes from the same origin.
import blueMarbleUrl from '../../assets/textures/earth-blue-marble.jpg';
import type { PeerState } from './api';

const state: PeerState = { frames: 0, ready: false, textureWidth: 0, textureHeight: 0 };
const globe = new Globe(document.getElementById('globe')!, { animateIn: false })
  .globeImageUrl(blueMarbleUrl)
  .onGlobeReady(() => {
    // Read the texture back from the material so the figure is what was uploaded, not assumed.
    const material = globe.globeMaterial() as unknown as { map?: Texture | null };
    const image = material.map?.image as { width?: number; height?: number } | undefined;
    state.textureWidth = image?.width ?? 0;
    state.textureHeight = image?.height ?? 0;
    state.ready = true;
  });
const controls = globe.controls();
controls.autoRotate = true;
controls.autoRotateSpeed = 2;

window.soyuzPeer = {
  getState: () => ({ ...state, frames: globe.renderer().info.render.frame }),
  // The benchmark matches the app's camera (field of view and distance) so Earth covers the
  // same share of the screen on both sides.
  setView(altitudeRadii, fovDeg) {
    const camera = globe.camera() as PerspectiveCamera;
    camera.fov = fovDeg;
    camera.updateProjectionMatrix();
    globe.pointOfView({ altitude: altitudeRadii });
  },
};
