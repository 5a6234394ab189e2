/** What the peer page exposes to the frame benchmark, as the app exposes window.soyuzReplay. */
export interface PeerState {
  /** Frames rendered so far (three.js counts one per renderer.render call). */
  frames: number;
  /** True once the Blue Marble texture is on the globe. */
  ready: boolean;
  /** The texture's size in pixels, to show that both sides draw the same image. */
  textureWidth: number;
  textureHeight: number;
}

declare global {
  interface Window {
    soyuzPeer?: { getState(): PeerState; setView(altitudeRadii: number, fovDeg: number): void };
  }
}
