import { describe, expect, it } from 'vitest';
import { findMission } from '../../../src/data/catalog';
import { BAIKONUR } from '../../../src/data/sites';
import { DEG, WGS84_A_KM } from '../../../src/physics/constants';
import { currentReplay, sceneOfClock } from '../../../src/replay/currentReplay';
import { missionClock } from '../../../src/replay/missionClock';
import { nextEventView, type GroundView } from '../../../src/replay/nextEventView';
import type { SceneState } from '../../../src/replay/sceneState';

const R = WGS84_A_KM;
const MS19 = 'soyuz-ms-19-landing';
const TMA18M = 'soyuz-tma-18m-landing';
const MS22 = 'soyuz-ms-22-launch';
const SCREEN = { aspect: 1920 / 1080, fovDeg: 40 };
const PHONE = { aspect: 390 / 844, fovDeg: 40 };

type V = [number, number, number];
const unit = (lat: number, lon: number): V => [
  Math.cos(lat * DEG) * Math.cos(lon * DEG),
  Math.cos(lat * DEG) * Math.sin(lon * DEG),
  Math.sin(lat * DEG),
];
const dot = (a: V, b: V) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const angle = (a: V, b: V) => Math.acos(Math.min(1, dot(a, b))) / DEG;

/**
 * Where a ground point appears to a camera at the view's distance looking at Earth's centre:
 * whether it faces the camera, and how far off the view axis it is, degrees.
 */
function seen(view: GroundView, lat: number, lon: number) {
  const c = unit(view.lat, view.lon);
  const p = unit(lat, lon);
  const toCam: V = [
    view.distanceKm * c[0] - R * p[0],
    view.distanceKm * c[1] - R * p[1],
    view.distanceKm * c[2] - R * p[2],
  ];
  const facing = dot(p, toCam) > 0;
  const along = view.distanceKm - R * dot(p, c);
  const across = R * Math.sin(angle(p, c) * DEG);
  return { facing, offAxisDeg: Math.atan2(across, along) / DEG };
}

/** The half field of view across the narrower side of the screen, degrees. */
const halfNarrow = (f: { aspect: number; fovDeg: number }) =>
  Math.min(f.fovDeg / 2, Math.atan(Math.tan((f.fovDeg / 2) * DEG) * f.aspect) / DEG);

function at(
  id: string,
  ms: number,
): { scene: SceneState; replay: ReturnType<typeof currentReplay>['replay'] } {
  return { scene: sceneOfClock({ utcMs: ms, missionId: id }), replay: currentReplay(id).replay };
}

describe('nextEventView', () => {
  describe.each([MS19, TMA18M])('%s, opened a few minutes before the deorbit burn', (id) => {
    const opening = missionClock(findMission(id)!).openingMs;
    const { scene, replay } = at(id, opening);
    const d = replay!.descent!;
    const burn = d.events.find((e) => e.type === 'deorbit_burn_start')!;
    const landing = d.touchdown;

    it.each([
      ['a 1920×1080 screen', SCREEN],
      ['a phone held upright', PHONE],
    ])('puts the burn and the landing on the visible side, inside %s', (_name, frame) => {
      const view = nextEventView(replay, scene, frame)!;
      for (const p of [burn, landing]) {
        const s = seen(view, p.lat, p.lon);
        expect(s.facing).toBe(true);
        expect(s.offAxisDeg).toBeLessThan(halfNarrow(frame));
      }
    });

    it('leaves out the Soyuz’s present point, which lies too far round the globe for one view', () => {
      const view = nextEventView(replay, scene, SCREEN)!;
      const now = unit(scene.iss!.geo.lat / DEG, scene.iss!.geo.lon / DEG);
      // Precondition of the case: the present point and the landing do not fit one hemisphere.
      expect(angle(now, unit(landing.lat, landing.lon))).toBeGreaterThan(150);
      // The view lies between the burn and the landing: neither is much nearer its centre.
      const c = unit(view.lat, view.lon);
      const toBurn = angle(c, unit(burn.lat, burn.lon));
      const toLanding = angle(c, unit(landing.lat, landing.lon));
      expect(Math.abs(toBurn - toLanding)).toBeLessThan(10);
    });

    it('steps back farther on a phone than on a wide screen', () => {
      const wide = nextEventView(replay, scene, SCREEN)!;
      const phone = nextEventView(replay, scene, PHONE)!;
      expect(phone.distanceKm).toBeGreaterThan(wide.distanceKm);
      expect(phone.lat).toBeCloseTo(wide.lat, 6);
    });
  });

  it('keeps the capsule and the landing in view during the entry, between the two', () => {
    const d = currentReplay(MS19).replay!.descent!;
    const entry = d.events.find((e) => e.type === 'entry_interface')!;
    const { scene, replay } = at(MS19, entry.ms - 60_000);
    const view = nextEventView(replay, scene, SCREEN)!;
    const cap = scene.capsule!.point;
    for (const p of [cap, d.touchdown]) {
      const s = seen(view, p.lat, p.lon);
      expect(s.facing).toBe(true);
      expect(s.offAxisDeg).toBeLessThan(halfNarrow(SCREEN));
    }
    // Closer than before the burn: the rest of the way is shorter.
    const before = nextEventView(
      replay,
      at(MS19, missionClock(findMission(MS19)!).openingMs).scene,
      SCREEN,
    )!;
    expect(view.distanceKm).toBeLessThan(before.distanceKm);
  });

  it('looks down on the landing site once the capsule is down, from close by', () => {
    const d = currentReplay(MS19).replay!.descent!;
    const { scene, replay } = at(MS19, d.touchdown.ms + 10 * 60_000);
    const view = nextEventView(replay, scene, SCREEN)!;
    expect(angle(unit(view.lat, view.lon), unit(d.touchdown.lat, d.touchdown.lon))).toBeLessThan(
      0.5,
    );
    expect(view.distanceKm).toBeLessThan(2 * R);
  });

  it('shows Baikonur and the climb to orbit before a launch, as a region', () => {
    const opening = missionClock(findMission(MS22)!).openingMs;
    const { scene, replay } = at(MS22, opening);
    const a = replay!.ascent!;
    const insertion = a.events.find((e) => e.type === 'orbit_insertion')!;
    for (const frame of [SCREEN, PHONE]) {
      const view = nextEventView(replay, scene, frame)!;
      expect(angle(unit(view.lat, view.lon), unit(BAIKONUR.lat, BAIKONUR.lon))).toBeLessThan(10);
      expect(view.distanceKm).toBeLessThan(2 * R);
      for (const p of [BAIKONUR, insertion]) {
        const s = seen(view, p.lat, p.lon);
        expect(s.facing).toBe(true);
        expect(s.offAxisDeg).toBeLessThan(halfNarrow(frame));
      }
    }
  });

  it('gives null with nothing to place: no replay and no station', () => {
    const scene = { ...at(MS19, 0).scene, iss: null, capsule: null, ascent: null, utcMs: 0 };
    expect(nextEventView(null, scene, SCREEN)).toBeNull();
  });
});
