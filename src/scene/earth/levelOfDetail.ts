import type { Camera } from 'three';
import { WGS84_A_KM } from '../../physics/constants';

/**
 * Above this height the camera sees the whole globe at 3 km or more a pixel (1080 lines, 40°
 * field of view), so the globe's sphere and its borders can be drawn from coarser data with no
 * visible difference. Fewer triangles and line segments matter most where WebGL is software
 * (SwiftShader sets up every primitive on the CPU: the fine borders alone cost 0.1 s a frame).
 */
export const FAR_VIEW_ABOVE_KM = 6000;

/** True when the camera is high enough for the coarse level of detail. */
export function isFarView(camera: Camera): boolean {
  return camera.position.length() - WGS84_A_KM > FAR_VIEW_ABOVE_KM;
}
