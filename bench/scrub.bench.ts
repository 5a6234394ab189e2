/**
 * Scrub benchmark: the CPU time to compute the whole scene state (Earth's rotation, the Sun, the
 * ISS by SGP4, the capsule or rocket from its trajectory) for one new instant, as each step of
 * a scrub asks for (goal: under 2 ms). Each timed call is a fresh instant, so the memo for one
 * instant never answers; the mission's replay is modelled once, before timing, as the app does
 * when a mission opens. A result, not a pass/fail test.
 */
import { findMission } from '../src/data/catalog';
import { sceneOfClock } from '../src/replay/currentReplay';
import { missionClock } from '../src/replay/missionClock';
import { seededRandom } from '../tools/seededRandom';
import { stats, type BenchRow } from './timing';

const MISSIONS = [
  'soyuz-ms-19-landing',
  'soyuz-tma-18m-landing',
  'soyuz-tma-11-ballistic-landing',
  'soyuz-ms-22-launch',
];

export function benchScrub(steps = 2000): BenchRow[] {
  const random = seededRandom(20261126);
  return MISSIONS.map((id) => {
    const mission = findMission(id);
    if (!mission) throw new Error(`no mission ${id} in the catalogue`);
    const { range } = missionClock(mission);
    const at = () => range.startMs + random() * (range.endMs - range.startMs);
    // Model the replay and warm the JIT, untimed.
    for (let i = 0; i < 200; i++) sceneOfClock({ utcMs: at(), missionId: id });
    const times: number[] = [];
    for (let i = 0; i < steps; i++) {
      const utcMs = at();
      const t0 = performance.now();
      sceneOfClock({ utcMs, missionId: id });
      times.push(performance.now() - t0);
    }
    return stats(`${mission.mission}: scene state for one scrub step`, times);
  });
}
