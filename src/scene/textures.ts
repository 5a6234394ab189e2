import dayUrl from '../../assets/textures/earth-blue-marble.jpg';
import lightsUrl from '../../assets/textures/earth-lights.jpg';
import waterUrl from '../../assets/textures/earth-water.png';
import starsUrl from '../../assets/textures/night-sky.png';

/** Every texture the scene draws, bundled with the app (see assets/PROVENANCE.md). */
export const TEXTURE_URLS = {
  day: dayUrl,
  lights: lightsUrl,
  water: waterUrl,
  stars: starsUrl,
} as const;
