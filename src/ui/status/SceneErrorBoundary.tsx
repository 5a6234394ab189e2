import { Component, type ReactNode } from 'react';
import { t } from '../../i18n';
import type { NoticeText } from '../../common/notices';

interface Props {
  children: ReactNode;
  onError: (message: NoticeText) => void;
}

/** Keeps a failed 3D view (a texture that will not load, a shader the GPU refuses) from blanking the page. */
export class SceneErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    const detail = error instanceof Error ? error.message : String(error);
    this.props.onError(() => t('app.sceneError', { detail }));
  }
  override render() {
    return this.state.failed ? <div className="scene-fallback" /> : this.props.children;
  }
}
