/**
 * `npx tsx tools/reconstruct/makeReconstructions.ts`: fit an orbit for every return that has a
 * landing point and a landing time but no ISS element set within 10 days (physics/reconstruct.ts),
 * and print the entries for src/data/reconstructions.ts. The fits take seconds each, so the app
 * stores them; tests/unit/physics/reconstruct.test.ts checks each stored orbit still lands on its
 * point at its time.
 */
import { missions } from '../../src/data/catalog';
import { issTles, nearestTle, REPLAY_TLE_MAX_GAP_MS } from '../../src/data/issTles';
import { fitOrbitToLanding } from '../../src/physics/reconstruct';
import { parseUtc } from '../../src/physics/time';
import { landingAim, sourcedBurnMs } from '../../src/replay/replay';
import { reconstructionInputs } from '../../src/data/reconstructions';

const DEG = Math.PI / 180;
const inclinationDeg = issTles.reduce((s, t) => s + t.satrec.inclo, 0) / issTles.length / DEG;

for (const m of missions) {
  if (m.event_type !== 'landing' || !m.landing || !landingAim(m)) continue;
  const landingMs = parseUtc(m.landing.time_utc);
  const near = sourcedBurnMs(m) ?? landingMs;
  const tle = nearestTle(near);
  if (tle && Math.abs(tle.epochMs - near) <= REPLAY_TLE_MAX_GAP_MS) continue;
  const input = reconstructionInputs(m, inclinationDeg);
  const t0 = performance.now();
  const fit = fitOrbitToLanding({ ...input, meanMotion: 15.6 });
  console.error(
    `${m.mission}: miss ${fit.missKm.toFixed(2)} km, time ${fit.timeErrorS.toFixed(1)} s, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  console.log(`  {
    missionId: '${m.id}',
    mode: '${input.mode}',
    burn: '${input.burnKind}',
    orbit: {
      epochMs: ${fit.orbit.epochMs},
      inclinationDeg: ${fit.orbit.inclinationDeg},
      raanDeg: ${fit.orbit.raanDeg},
      argLatDeg: ${fit.orbit.argLatDeg},
      meanMotion: ${fit.orbit.meanMotion},
    },
  },`);
  void landingMs;
}
