import type { ClockStore } from '../clock/clockStore';
import { sceneOfClock } from '../replay/currentReplay';
import { formatUtc, parseUtc } from '../physics/time';
import { frameStats, gpuCounts } from '../scene/render/frameStats';
import { fullTextures } from '../scene/earth/fullTextures';
import { currentLang, missingTranslations } from '../i18n';
import { trackedFixAt } from '../track/trackedSatellite';
import { DEG } from '../physics/constants';
import { presenterEvent } from '../ui/presentation/presenterNavigation';

export interface PublicState {
  utc: string;
  /** Exact instant, epoch milliseconds (utc is rounded to the second). */
  utcMs: number;
  mission: string;
  playing: boolean;
  rate: number;
  /** Smart rate on: fast between events, real time at them (rate's sign gives the direction). */
  smart: boolean;
  /** Auto-pause: playing forwards stops exactly at each event (on by default while presenting). */
  autoPause: boolean;
  /** The replay's events in clock order, as the clicker and ] / [ step through them. */
  events: { type: string; utcMs: number }[];
  /**
   * The event the presenter clicker (PageDown / PageUp) last went to, its index in `events`;
   * null before the first press and once the clock has been moved by hand since.
   */
  presenter: { eventIndex: number; eventType: string } | null;
  camera: string;
  iss: { lat: number; lon: number; altKm: number; speedKms: number } | null;
  /** The modelled Soyuz descent module from the deorbit burn on; phase is the latest event passed. */
  capsule: {
    lat: number;
    lon: number;
    altKm: number;
    speedKms: number;
    g: number;
    phase: string;
    /** The plasma sheath's strength, 0 to 1 (0 outside the heating). */
    plasma: number;
    /** Between the descent module's axis and the local vertical, degrees (~90 on its side). */
    tiltDeg: number;
  } | null;
  /**
   * The returning Soyuz from undocking on (null before it, and for launches): the latest event,
   * its distance from the station (from the docked position while near it; 0 while docked), and
   * the gap from the descent module to the nearer of the other two modules (0 before they part).
   */
  soyuz: { phase: string; rangeFromIssM: number; modulesApartM: number } | null;
  /**
   * The launched Soyuz of a launch replay (approximate ascent, see physics/ascent/), from the
   * start of the replay on: on the pad, climbing, chasing the station, docked. speedKms is the
   * inertial speed (the orbital figure, ~7.8 km/s at insertion; on the pad, Earth's rotation);
   * phase is the latest ascent event passed ("launch" … "docking"), or "on_pad" before lift-off.
   * Null for other missions; `capsule` stays the descent module of landing replays only.
   */
  ascent: {
    lat: number;
    lon: number;
    altKm: number;
    speedKms: number;
    phase: string;
    docked: boolean;
  } | null;
  /** The interface language: en, ru or kk. */
  lang: string;
  /** The satellite from a pasted TLE, where SGP4 places it now; null when none is shown. */
  tracked: { name: string | null; satnum: string; lat: number; lon: number; altKm: number } | null;
  /** Frames drawn since the page opened. */
  frames: number;
  /** three.js's GPU resources now (renderer.info): geometries, textures, programs. */
  gpu: { geometries: number; textures: number; programs: number };
  /** True while the camera is flying from one view to another. */
  cameraFlying: boolean;
  /** The camera's height above the ellipsoid, km: where the view is seen from. */
  cameraAltKm: number;
  /** The ground straight below the camera, degrees (the middle of the Earth view); null before a frame. */
  viewCentre: { lat: number; lon: number } | null;
  /** Drawn pixels per CSS pixel in the last frame (lowered while playing on a slow machine). */
  pixelRatio: number;
  /** Glow goes through bloom: on a real GPU, not on a software renderer (render/Bloom.tsx). */
  bloom: boolean;
  /** The full-size textures have replaced the small first ones (fetched after ready). */
  texturesFull: boolean;
  /**
   * The scene's WebGL context: made by src/boot/startWebgl.js while the app downloaded, or by the
   * app; multisampled or not (not on a software renderer).
   */
  context: { startedEarly: boolean; antialias: boolean };
  ready: boolean;
}

function trackedState(ms: number): PublicState['tracked'] {
  const at = trackedFixAt(ms);
  if (!at || !('fix' in at)) return null;
  return {
    name: at.satellite.name,
    satnum: at.satellite.tle.satnum,
    lat: (at.fix.geo.lat * 180) / Math.PI,
    lon: (at.fix.geo.lon * 180) / Math.PI,
    altKm: at.fix.geo.altKm,
  };
}

declare global {
  interface Window {
    soyuzReplay?: {
      getState(): PublicState;
      /**
       * Moves the replay to an instant, as a drag of the timeline would (playing or paused as it
       * was): epoch ms, or ISO 8601 UTC such as "2022-03-30T11:09:00Z". Throws, saying why, for
       * anything else or an instant outside the replay. For pages that embed the app and drive
       * it, and for tests that visit several moments of one replay without reloading.
       */
      seek(at: number | string): void;
      /** Strings the current language lacked, as "lang: key" (empty when every string was there). */
      missingTranslations(): readonly string[];
      /**
       * Renders a span of the current replay to a video (src/export/): the whole descent in smart
       * rate by default. Rejects, with a sentence saying why, where it cannot. `onProgress` hears
       * each frame (the benchmark times the scene's loading apart from the frames).
       */
      exportVideo(
        opts?: {
          from?: number | string;
          to?: number | string;
          width?: number;
          height?: number;
          fps?: number;
          rate?: number | 'smart';
        },
        onProgress?: (p: {
          stage: string;
          done: number;
          total: number;
          leftMs: number | null;
        }) => void,
      ): Promise<{ mime: string; bytes: Uint8Array }>;
    };
  }
}

/** A read-only view for tests and embedding pages, computed fresh from the clock on each call. */
export function installStateHook(clock: ClockStore): void {
  window.soyuzReplay = {
    getState(): PublicState {
      const c = clock.getState();
      const s = sceneOfClock(c);
      return {
        utc: formatUtc(c.utcMs),
        utcMs: c.utcMs,
        mission: c.missionId,
        playing: c.playing,
        rate: c.rate,
        smart: c.smart,
        autoPause: c.autoPause,
        events: c.events.map((e) => ({ type: e.type, utcMs: e.utcMs })),
        presenter: presenterEvent(clock),
        camera: c.camera,
        iss: s.iss
          ? {
              lat: s.iss.geo.lat / DEG,
              lon: s.iss.geo.lon / DEG,
              altKm: s.iss.geo.altKm,
              speedKms: s.iss.speedKms,
            }
          : null,
        capsule: s.capsule
          ? {
              lat: s.capsule.point.lat,
              lon: s.capsule.point.lon,
              altKm: s.capsule.point.altKm,
              speedKms: s.capsule.point.airspeed,
              g: s.capsule.point.g,
              phase: s.capsule.phase,
              plasma: s.capsule.plasma,
              tiltDeg: s.capsule.tiltDeg,
            }
          : null,
        soyuz: s.soyuz
          ? {
              phase: s.soyuz.phase,
              rangeFromIssM: s.soyuz.rangeFromIssM,
              modulesApartM: s.soyuz.modulesApartM,
            }
          : null,
        ascent: s.ascent
          ? {
              lat: s.ascent.point.lat,
              lon: s.ascent.point.lon,
              altKm: s.ascent.point.altKm,
              speedKms: s.ascent.point.speed,
              phase: s.ascent.phase,
              docked: s.ascent.docked,
            }
          : null,
        lang: currentLang(),
        tracked: trackedState(c.utcMs),
        frames: frameStats.frames,
        gpu: gpuCounts(),
        cameraFlying: frameStats.cameraFlying,
        cameraAltKm: frameStats.cameraAltKm,
        viewCentre: frameStats.viewCentre ? { ...frameStats.viewCentre } : null,
        pixelRatio: frameStats.pixelRatio,
        bloom: frameStats.bloom,
        texturesFull: fullTextures.getState().complete,
        context: { ...frameStats.context },
        ready: document.documentElement.dataset.ready === 'true',
      };
    },
    seek: (at) => seekTo(clock, at),
    missingTranslations: () => [...missingTranslations()],
    // A chunk of its own, fetched on the first call: none of the export is in the first load.
    exportVideo: (opts = {}, onProgress) =>
      import('../export/exportHost')
        .then((m) => m.startExport(clock, opts, onProgress).done)
        .then((r) => ({ mime: r.mime, bytes: r.bytes })),
  };
}

/** The hook's seek, on its own for the unit test. */
export function seekTo(clock: ClockStore, at: number | string): void {
  const ms = typeof at === 'number' ? at : parseUtc(String(at));
  if (!Number.isFinite(ms)) throw new RangeError(`seek: ${String(at)} is not an instant`);
  const { range, seek } = clock.getState();
  if (ms < range.startMs || ms > range.endMs) {
    throw new RangeError(
      `seek: ${formatUtc(ms)} is outside this replay (${formatUtc(range.startMs)} to ${formatUtc(range.endMs)})`,
    );
  }
  seek(ms);
}
