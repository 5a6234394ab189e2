import type { Key } from '../../i18n';

/** Why WebGL cannot be used here (a catalogue key, shown in the current language), or null. */
export function webglUnavailableReason(): Key | null {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) {
      return 'app.noWebgl';
    }
    (gl.getExtension('WEBGL_lose_context') as { loseContext(): void } | null)?.loseContext();
    return null;
  } catch {
    return 'app.webglFailed';
  }
}
