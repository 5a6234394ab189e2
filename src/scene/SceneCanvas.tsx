import { Canvas } from '@react-three/fiber';
import { Suspense, useCallback, useMemo, useState, type ReactNode } from 'react';
import { t, useLang, type Key } from '../i18n';
import { notices, type NoticeText } from '../common/notices';
import { useViewRole } from '../common/viewRole';
import { Atmosphere } from './earth/Atmosphere';
import { Borders } from './earth/Borders';
import { CameraRig } from './camera/CameraRig';
import { Earth } from './earth/Earth';
import { FrameCounter, InvalidateOnClock, ReadySignal } from './render/FrameSignals';
import { Iss } from './iss/Iss';
import { OrbitLines } from './iss/OrbitLines';
import { ComparisonLayer, LandingZoneLayer, ReplayLayer } from './ReplayLayer';
import { TouchdownMarkers } from './landing/TouchdownMarkers';
import { SiteLabels } from './labels/SiteLabels';
import { Stars } from './sky/Stars';
import { SkyDome } from './sky/SkyDome';
import { SunLight } from './sky/SunLight';
import { SpaceEnvironment } from './sky/SpaceEnvironment';
import { PrecompileShaders } from './render/PrecompileShaders';
import { TextureStreamer } from './earth/TextureStreamer';
import { AdaptivePixelRatio, DEVICE_DPR, usePixelRatio } from './render/AdaptivePixelRatio';
import './labels/sceneLabels.css';
import { LabelLayout } from './labels/LabelLayout';
import { Bloom } from './render/Bloom';
import { sceneRenderer } from './render/createRenderer';
// Registers the three.js classes the JSX below mounts (fiber no longer registers them all).
import './render/threeCatalogue';

interface Props {
  onReady: () => void;
  onContextError: (message: NoticeText) => void;
  /** The canvas was refused a WebGL context: why, to say so in place of the view. */
  onWebglUnavailable: (reason: Key) => void;
  /** Layers on the rotating Earth from the feature folders (the what-if lab's path and pins). */
  earthLayers?: ReactNode;
  /**
   * Whether the replay's own comparison path gives way: with the what-if lab open, its descent is
   * the one to compare; two paths and two labels on the same spot would read as one muddle.
   */
  hideComparison?: boolean;
  /** Layers in the inertial frame from the feature folders (a tracked satellite). */
  children?: ReactNode;
}

/** One function, so the restore can find the notice the loss put up. */
const contextLost = () => t('app.contextLost');

/** The 3D view. Units are kilometres; the world frame is inertial (see physics/frames toScene). */
export function SceneCanvas({
  onReady,
  onContextError,
  onWebglUnavailable,
  earthLayers,
  hideComparison = false,
  children,
}: Props) {
  const renderer = useMemo(() => sceneRenderer(onWebglUnavailable), [onWebglUnavailable]);
  const [ready, setReady] = useState(false);
  const pixelRatio = usePixelRatio();
  // A video export (src/export/) draws each frame itself, at exactly the video's pixels.
  const exporting = useViewRole() === 'export';
  useLang();
  const markReady = useCallback(() => {
    setReady(true);
    onReady();
  }, [onReady]);
  return (
    <Canvas
      frameloop={exporting ? 'never' : 'demand'}
      dpr={exporting ? 1 : (pixelRatio ?? DEVICE_DPR)}
      camera={{ fov: 40, near: 0.001, far: 2e6, position: [0, 0, 3 * 6378] }}
      gl={renderer}
      onCreated={({ gl, invalidate }) => {
        gl.domElement.addEventListener('webglcontextlost', () => onContextError(contextLost));
        // three.js re-creates its GPU state on restore and uploads textures and buffers again on
        // the next draw; with frames on demand, nothing would ask for that draw, so ask now.
        gl.domElement.addEventListener('webglcontextrestored', () => {
          const lost = notices.getState().items.find((n) => n.text === contextLost);
          if (lost) notices.getState().dismiss(lost.id);
          invalidate();
        });
      }}
      // One image for assistive technology: what it shows is in the mission title, the telemetry
      // and the captions; the site names drawn over it are decoration of the picture.
      role="img"
      aria-label={t('app.sceneLabel')}
    >
      <InvalidateOnClock />
      <LabelLayout />
      <FrameCounter />
      {!exporting && <AdaptivePixelRatio />}
      <SunLight />
      <CameraRig />
      <Suspense fallback={null}>
        <Stars />
        <SkyDome />
        <Earth>
          <Borders loadFine={ready} />
          <SiteLabels />
          <LandingZoneLayer />
          {!hideComparison && <ComparisonLayer />}
          {earthLayers}
          <TouchdownMarkers />
        </Earth>
        <Atmosphere />
        <Iss />
        <OrbitLines earthFixedParent="earth-fixed" />
        {children}
        <ReplayLayer />
        <ReadySignal onReady={markReady} />
        <SpaceEnvironment ready={ready} />
        <Bloom ready={ready} />
        <PrecompileShaders ready={ready} />
        <TextureStreamer ready={ready} />
      </Suspense>
    </Canvas>
  );
}
