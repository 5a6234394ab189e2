import { ISS_SPAN_M } from './issModel';

/** Smallest on-screen size of the station, pixels: shown enlarged when far away, true scale close. */
export const ISS_MIN_SPAN_PX = 36;

/** Kilometres one pixel spans at a distance, for a camera's vertical field of view and height. */
export function kmPerPixel(distanceKm: number, fovDeg: number, heightPx: number): number {
  return (2 * distanceKm * Math.tan((fovDeg * Math.PI) / 360)) / heightPx;
}

/**
 * The station model's scale, km per model metre: 0.001 (true) when the camera is close, larger
 * when far, so it never shrinks below ISS_MIN_SPAN_PX. Whatever rides on the station's frame
 * (a docked or departing Soyuz) reads the same figure, so it stays on its port.
 */
export function stationScaleKmPerM(distanceKm: number, fovDeg: number, heightPx: number): number {
  return Math.max(0.001, (ISS_MIN_SPAN_PX * kmPerPixel(distanceKm, fovDeg, heightPx)) / ISS_SPAN_M);
}
