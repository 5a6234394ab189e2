/** Why WebGL cannot be used here, or null when it can. */
export function webglUnavailableReason(): string | null {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) {
      return 'This browser cannot draw 3D graphics (WebGL is off or unsupported). The timeline and figures still work; try another browser or turn on hardware acceleration to see the globe.';
    }
    (gl.getExtension('WEBGL_lose_context') as { loseContext(): void } | null)?.loseContext();
    return null;
  } catch {
    return 'WebGL could not be started in this browser. The timeline and figures still work.';
  }
}
