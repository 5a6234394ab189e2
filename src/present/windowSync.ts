import type { CameraName, ClockStore } from '../clock/clockStore';
import { findMission } from '../data/catalog';
import type { MissionRecord } from '../data/schema';
import { userMission, userMissions } from '../data/userMissions';
import { openMission } from '../replay/openMission';
import { currentLang, isLang, onLanguageChange, setLanguage, type Lang } from '../i18n';
import { adoptPresenterIndex, presenterIndex } from '../ui/presentation/presenterNavigation';
import {
  setViewPose,
  viewPoses,
  type Triple,
  type ViewPose,
  type ViewPoseStore,
} from '../common/viewPose';

/** The one channel of a presenter's view: every window of this origin that has a role joins it. */
export const CHANNEL_NAME = 'soyuz-replay-presenter';

/** How often the window that drives a playing clock says where it is, ms of real time. */
export const HEARTBEAT_MS = 250;

/**
 * How often a view being dragged is sent, ms: twenty poses a second follow a hand smoothly, and a
 * pointer's every move (up to a hundred a second) would only queue up behind a slow frame.
 */
export const POSE_MS = 50;

/** The two roles that sync: the projector's window and the laptop's. */
export type PeerRole = 'screen' | 'presenter';

/** Everything the other window needs to show the same moment the same way. */
export interface ViewSnapshot {
  utcMs: number;
  playing: boolean;
  rate: number;
  smart: boolean;
  autoPause: boolean;
  missionId: string;
  camera: CameraName;
  lang: Lang;
  /** The event the clicker last went to (presenterNavigation), so the next press goes on from it. */
  presenterIndex: number | null;
  /** A mission from the person's own file: the other window has not loaded it. */
  userMission?: { record: MissionRecord; fileName: string };
}

export type SyncMessage =
  | { kind: 'hello'; from: string; role: PeerRole }
  | { kind: 'state'; from: string; role: PeerRole; state: ViewSnapshot }
  | { kind: 'time'; from: string; role: PeerRole; utcMs: number }
  | { kind: 'view'; from: string; role: PeerRole; pose: ViewPose }
  | { kind: 'bye'; from: string; role: PeerRole }
  | { kind: 'end'; from: string };

/** The part of BroadcastChannel the sync uses (a fake in unit tests is a real one in Node). */
export interface Channel {
  postMessage(message: SyncMessage): void;
  onmessage: ((event: MessageEvent<SyncMessage>) => void) | null;
  close(): void;
}

export interface SyncOptions {
  clock: ClockStore;
  role: PeerRole;
  channel?: Channel;
  /** A window joined (or spoke for the first time). */
  onPeerJoined?(role: PeerRole): void;
  /** The last other window said goodbye (closed or reloaded). */
  onPeerLeft?(role: PeerRole): void;
  /** The other window ended the presenter's view (V there). */
  onEnded?(): void;
  /** A mission the other window opened that this one cannot find. */
  onUnknownMission?(id: string): void;
  /** Where the camera rig leaves the person's drags and takes the other window's (a unit test's own). */
  poses?: ViewPoseStore;
}

export interface WindowSync {
  /** Other windows heard from and not gone. */
  peers(): ReadonlyMap<string, PeerRole>;
  /** Tell the other window that the presenter's view is over, and stop. */
  end(): void;
  /** Say goodbye (the page is going) and stop. */
  stop(): void;
}

const isTriple = (v: unknown): v is Triple =>
  Array.isArray(v) && v.length === 3 && v.every((x) => typeof x === 'number' && Number.isFinite(x));

/**
 * Whether a message from another window holds a pose the camera can take: three finite numbers
 * each, an offset that is not zero (the camera would sit on what it orbits) and an up direction.
 */
export function isViewPose(v: unknown): v is ViewPose {
  if (!v || typeof v !== 'object') return false;
  const p = v as Partial<ViewPose>;
  return (
    typeof p.camera === 'string' &&
    isTriple(p.offset) &&
    isTriple(p.up) &&
    Math.hypot(...p.offset) > 0 &&
    Math.hypot(...p.up) > 0
  );
}

/** What the clock and the language say now, for the other window. */
export function snapshotOf(clock: ClockStore): ViewSnapshot {
  const s = clock.getState();
  const own = userMission(s.missionId);
  return {
    utcMs: s.utcMs,
    playing: s.playing,
    rate: s.rate,
    smart: s.smart,
    autoPause: s.autoPause,
    missionId: s.missionId,
    camera: s.camera,
    lang: currentLang(),
    presenterIndex: presenterIndex(clock),
    ...(own ? { userMission: { record: own.record, fileName: own.fileName } } : {}),
  };
}

/**
 * Keeps this window's clock, mission, camera, language and hand-turned view (common/viewPose.ts)
 * in step with the other window of a presenter's view, through a BroadcastChannel: same origin, no server, no network. Either window
 * drives. A change made here (a seek, play, a mission, a camera: anything but the clock's own
 * ticking) goes out whole at once; the other window sets its clock to it, so it follows within a
 * frame. While playing, both clocks tick on their own and the window that made the last change
 * says where it is four times a second, so two machines' frame rates cannot pull them apart.
 */
export function startWindowSync(options: SyncOptions): WindowSync {
  const { clock, role } = options;
  const poses = options.poses ?? viewPoses;
  const channel: Channel = options.channel ?? new BroadcastChannel(CHANNEL_NAME);
  const id = `${role}-${Math.random().toString(36).slice(2, 10)}`;
  const peers = new Map<string, PeerRole>();
  // Set while applying the other window's state, so that change is not sent back.
  let applying = false;
  // The window whose person moved the clock last keeps the time for both while it plays.
  let leading = false;
  // A language the other window asked for: its arrival here is not a change to send back.
  let langFromPeer: Lang | null = null;
  let stopped = false;

  const post = (message: SyncMessage) => {
    if (!stopped) channel.postMessage(message);
  };
  const sendState = () => post({ kind: 'state', from: id, role, state: snapshotOf(clock) });
  // One action can be several changes (the clicker seeks, sets the rate, plays, then notes where
  // it went): they go out as one state, once the action is over.
  let queued = false;
  const sendSoon = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      sendState();
    });
  };

  const apply = (state: ViewSnapshot) => {
    applying = true;
    try {
      let s = clock.getState();
      if (state.missionId !== s.missionId) {
        if (state.userMission && !userMission(state.missionId))
          userMissions.getState().add([state.userMission.record], state.userMission.fileName);
        const mission = findMission(state.missionId);
        if (!mission) {
          options.onUnknownMission?.(state.missionId);
          return;
        }
        openMission(clock, mission);
        s = clock.getState();
      }
      const utcMs = Math.min(s.range.endMs, Math.max(s.range.startMs, state.utcMs));
      clock.setState({
        utcMs,
        playing: state.playing,
        rate: state.rate,
        smart: state.smart,
        autoPause: state.autoPause,
        camera: state.camera,
        // The other window's move is a move here too: features that ask "has the clock been
        // moved since?" (the clicker, the view's aim) see it as such.
        seeks: s.seeks + 1,
      });
      adoptPresenterIndex(clock, state.presenterIndex);
    } finally {
      applying = false;
    }
    if (isLang(state.lang) && state.lang !== currentLang()) {
      langFromPeer = state.lang;
      void setLanguage(state.lang);
    }
  };

  channel.onmessage = ({ data: m }) => {
    if (stopped || !m || typeof m !== 'object' || m.from === id) return;
    if (m.kind === 'end') {
      options.onEnded?.();
      return;
    }
    const known = peers.has(m.from);
    if (m.kind === 'bye') {
      peers.delete(m.from);
      if (![...peers.values()].includes(m.role)) options.onPeerLeft?.(m.role);
      return;
    }
    peers.set(m.from, m.role);
    if (!known) options.onPeerJoined?.(m.role);
    if (m.kind === 'hello') {
      // A window that just opened takes the lesson as it stands here.
      sendState();
    } else if (m.kind === 'state') {
      leading = false;
      apply(m.state);
    } else if (m.kind === 'view') {
      if (isViewPose(m.pose)) setViewPose(poses, m.pose, 'peer');
    } else if (m.kind === 'time' && !leading) {
      const s = clock.getState();
      // Only a real difference: both clocks tick, and a correction smaller than a frame's step
      // would only shake the picture.
      if (s.playing && Math.abs(s.utcMs - m.utcMs) > 0.05 * Math.max(1, Math.abs(s.rate)) * 1000) {
        applying = true;
        clock.setState({ utcMs: Math.min(s.range.endMs, Math.max(s.range.startMs, m.utcMs)) });
        applying = false;
      }
    }
  };

  const unsubscribeClock = clock.subscribe((s, prev) => {
    if (applying) return;
    const moved =
      s.seeks !== prev.seeks ||
      s.playing !== prev.playing ||
      s.rate !== prev.rate ||
      s.smart !== prev.smart ||
      s.autoPause !== prev.autoPause ||
      s.missionId !== prev.missionId ||
      s.camera !== prev.camera;
    if (!moved) return;
    leading = true;
    sendSoon();
  });
  const unsubscribeLang = onLanguageChange((lang) => {
    if (lang === langFromPeer) {
      langFromPeer = null;
      return;
    }
    sendSoon();
  });
  // A drag turns the view many times a second: the latest pose goes out every POSE_MS.
  let poseTimer: ReturnType<typeof setTimeout> | null = null;
  const unsubscribePoses = poses.subscribe((v) => {
    if (v.by !== 'person' || !v.pose || poseTimer) return;
    poseTimer = setTimeout(() => {
      poseTimer = null;
      const { pose } = poses.getState();
      if (pose) post({ kind: 'view', from: id, role, pose });
    }, POSE_MS);
  });
  const heartbeat = setInterval(() => {
    const s = clock.getState();
    if (leading && s.playing) post({ kind: 'time', from: id, role, utcMs: s.utcMs });
  }, HEARTBEAT_MS);

  const stop = () => {
    if (stopped) return;
    post({ kind: 'bye', from: id, role });
    stopped = true;
    clearInterval(heartbeat);
    if (poseTimer) clearTimeout(poseTimer);
    unsubscribePoses();
    unsubscribeClock();
    unsubscribeLang();
    channel.onmessage = null;
    channel.close();
  };
  post({ kind: 'hello', from: id, role });
  return {
    peers: () => peers,
    end: () => {
      post({ kind: 'end', from: id });
      stop();
    },
    stop,
  };
}
