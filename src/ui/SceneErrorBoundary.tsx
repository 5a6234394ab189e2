import { Component, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  onError: (message: string) => void;
}

/** Keeps a failed 3D view (a texture that will not load, a shader the GPU refuses) from blanking the page. */
export class SceneErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    const detail = error instanceof Error ? error.message : String(error);
    this.props.onError(
      `The 3D view could not be drawn (${detail}). The timeline and figures still work.`,
    );
  }
  override render() {
    return this.state.failed ? <div className="scene-fallback" /> : this.props.children;
  }
}
