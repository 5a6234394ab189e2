/** Counters the frame loop writes and the state hook reads; plain values, no React. */
export const frameStats = {
  frames: 0,
  cameraFlying: false,
  /** The camera's height above the ellipsoid after the last frame, km (where the view is). */
  cameraAltKm: 0,
  /** The ground straight below the camera after the last frame, degrees: the Earth view's middle. */
  viewCentre: null as { lat: number; lon: number } | null,
  /** Drawn pixels per CSS pixel in the last frame: lowered while playing on a slow machine. */
  pixelRatio: 1,
  /** Glow goes through bloom (a real GPU; see render/Bloom.tsx). */
  bloom: false,
  /** How the scene's context was made (render/createRenderer.ts and src/boot/startWebgl.js). */
  context: { startedEarly: false, antialias: true },
  /** The renderer's own counters (renderer.info), set once the canvas exists. */
  gpuInfo: null as GpuInfo | null,
};

interface GpuInfo {
  memory: { geometries: number; textures: number };
  programs: readonly unknown[] | null;
}

/**
 * What three.js holds on the GPU now: a leak shows as counts that only grow. Read live, not at a
 * frame: a frame's own uploads are counted during its render, and what an unmounted mission gives
 * back is disposed in an idle callback after it, with no frame to follow on a paused page.
 */
export function gpuCounts(): { geometries: number; textures: number; programs: number } {
  const info = frameStats.gpuInfo;
  if (!info) return { geometries: 0, textures: 0, programs: 0 };
  const { geometries, textures } = info.memory;
  return { geometries, textures, programs: info.programs?.length ?? 0 };
}
