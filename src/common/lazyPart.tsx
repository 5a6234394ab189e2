import {
  Component,
  use,
  useEffect,
  useSyncExternalStore,
  type ComponentType,
  type ReactNode,
} from 'react';
import { t } from '../i18n';
import { notices } from './notices';
import './lazyPart.css';

/**
 * Parts of the app a first view does not show (the lab, the charts, the notes, help, tracking, the
 * launch scene, the welcome) live in chunks of their own, fetched when first shown, or when the
 * browser is idle after ready so that opening one later is instant and works offline. Not
 * React.lazy: a part preloaded on idle must render in the same pass it is asked for, with no
 * fallback frame, and keep its state; and one that cannot load must say so, not crash the app.
 */
export interface LazyPartOptions {
  /**
   * While it loads: a short "Loading…" panel (HTML overlay), a centred one (a modal), or nothing
   * (a part of the 3D scene, where no HTML may go).
   */
  placeholder?: 'panel' | 'modal' | 'none';
  /**
   * Before the app is ready the part holds the scene's Suspense boundary until it has loaded, so
   * the first picture has it (the launch pad on a link to the lift-off). After ready it never
   * does: the scene already shown must not go blank while a chunk arrives.
   */
  inFirstPicture?: boolean;
  /** Fetched when idle after ready (default), or only when shown (the welcome: now or never). */
  preloadWhenIdle?: boolean;
}

type Status = 'idle' | 'loading' | 'loaded' | 'failed';

export interface LazyPart<P extends object> {
  /** Renders the part; mount it only where it is shown. */
  Part: (props: P) => ReactNode;
  /** Starts the fetch (once); resolves when the part can render, rejects where it cannot load. */
  preload(): Promise<void>;
}

let appReady = false;
const idlePreloads: (() => Promise<void>)[] = [];

const failedText = () => t('parts.failed');

export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  { placeholder = 'panel', inFirstPicture = false, preloadWhenIdle = true }: LazyPartOptions = {},
): LazyPart<P> {
  let status: Status = 'idle';
  let Loaded: ComponentType<P> | null = null;
  let pending: Promise<void> | null = null;
  const listeners = new Set<() => void>();
  const set = (s: Status) => {
    status = s;
    for (const l of listeners) l();
  };
  const subscribe = (l: () => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  };
  const getStatus = () => status;

  const preload = (): Promise<void> => {
    if (pending) return pending;
    set('loading');
    pending = load().then(
      (c) => {
        Loaded = c;
        set('loaded');
      },
      (e: unknown) => {
        // Offline on a first visit: say so, and let the next time it is shown try again.
        pending = null;
        set('failed');
        notices.getState().push(failedText, 'error');
        throw e;
      },
    );
    return pending;
  };
  if (preloadWhenIdle) idlePreloads.push(() => preload().catch(() => undefined));

  function Inner(props: P) {
    // No useLang of its own: the panels around re-render on a change of language, and the part
    // itself, once loaded, follows it as every panel does.
    const now = useSyncExternalStore(subscribe, getStatus, getStatus);
    useEffect(() => {
      // On mount only: a failed fetch is tried again when the part is next shown, not in a loop.
      if (status === 'idle' || status === 'failed') preload().catch(() => undefined);
    }, []);
    if (Loaded) return <Loaded {...props} />;
    // Suspends the boundary around it; a rejection goes to PartBoundary.
    if (inFirstPicture && !appReady) use(preload());
    if (placeholder === 'none') return null;
    return (
      <div
        className={`panel part-placeholder part-placeholder--${placeholder}`}
        role="status"
        data-testid="part-placeholder"
      >
        {t(now === 'failed' ? 'parts.failed' : 'parts.loading')}
      </div>
    );
  }

  function Part(props: P) {
    return (
      <PartBoundary>
        <Inner {...props} />
      </PartBoundary>
    );
  }
  return { Part, preload };
}

/** A part that cannot load (or breaks) gives a notice and leaves the rest of the app running. */
class PartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch() {
    notices.getState().push(failedText, 'error');
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/** The browser's idle callback, or a timer where it has none (Safari). */
function whenIdle(run: () => void): void {
  if (typeof window.requestIdleCallback === 'function')
    window.requestIdleCallback(run, { timeout: 2_000 });
  else window.setTimeout(run, 50);
}

/**
 * Called once the app is ready: from now on no part holds the scene, and every part is fetched
 * in the idle time that follows, one at a time so none of them costs a frame.
 */
export function partsAfterReady(): void {
  if (appReady) return;
  appReady = true;
  const queue = [...idlePreloads];
  const next = () => {
    const run = queue.shift();
    if (run) whenIdle(() => void run().then(next));
  };
  next();
}
