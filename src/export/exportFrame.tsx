import type { RootState } from '@react-three/fiber';
import { createRoot } from 'react-dom/client';
import type { ClockStore } from '../clock/clockStore';
import type { MissionRecord } from '../data/schema';
import { userMissions } from '../data/userMissions';
import { missionClock } from '../replay/missionClock';
import '../i18n/laterEnglish';
import { FRAME_READY, type FrameJob } from './frameProtocol';
import { ExportStage } from './ExportStage';
import { loadOverlayFonts, renderFrames, warmUp } from './frameLoop';
import { frameSchedule } from './frameSchedule';
import { openVideoWriter } from './videoEncoder';

/** Mounts the stage and resolves with fiber's root once the scene is up (or its problem). */
function mountStage(clock: ClockStore, el: HTMLElement, width: number, height: number) {
  let ready = false;
  let fail: (e: Error) => void = () => undefined;
  const problem = new Promise<never>((_, reject) => (fail = reject));
  const root = new Promise<() => RootState>((resolve) => {
    createRoot(el).render(
      <ExportStage
        clock={clock}
        width={width}
        height={height}
        onRoot={resolve}
        onReady={() => (ready = true)}
        onProblem={(message) => fail(new Error(message))}
      />,
    );
  });
  return { root: Promise.race([root, problem]), problem, isReady: () => ready };
}

/** Brings a mission from a file into this frame's catalogue and opens its clock on it. */
function adoptUserMission(clock: ClockStore, mission: NonNullable<FrameJob['userMission']>) {
  // A copy made in this realm: objects from the parent's realm are fragile across frames.
  const record = JSON.parse(JSON.stringify(mission.record)) as MissionRecord;
  userMissions.getState().add([record], mission.fileName);
  const mc = missionClock(record);
  clock.getState().loadMission(record.id, mc.range, mc.events, mc.openingMs);
}

async function run(
  clock: ClockStore,
  el: HTMLElement,
  job: FrameJob,
  onProgress: (done: number, total: number) => void,
): Promise<Uint8Array> {
  if (job.userMission) adoptUserMission(clock, job.userMission);
  const { width, height, fps } = job.request;
  const schedule = frameSchedule(job.request, clock.getState().events, fps);
  clock.getState().seek(schedule.clockMs(0));
  const stage = mountStage(clock, el, width, height);
  const get = await stage.root;
  let failed: Error | null = null;
  stage.problem.catch((e: Error) => (failed = e));
  const startS = await warmUp(get, stage.isReady, () => failed !== null);
  await loadOverlayFonts();
  const writer = await openVideoWriter(job.choice, width, height, fps);
  await renderFrames({
    get,
    clock,
    schedule,
    writer,
    width,
    height,
    startS,
    onFrame: (done) => onProgress(done, schedule.frames),
    cancelled: () => failed !== null,
  });
  if (failed) {
    await writer.cancel();
    throw failed;
  }
  return writer.finish();
}

/**
 * The export frame's start (main.tsx, for view=export): it waits for a job from the window that
 * opened it. Cancel is that window removing the frame, which ends all of this with it.
 */
export function startExportFrame(clock: ClockStore, el: HTMLElement): void {
  window.soyuzExportFrame = { run: (job, onProgress) => run(clock, el, job, onProgress) };
  window.parent.postMessage({ type: FRAME_READY }, window.location.origin);
}
