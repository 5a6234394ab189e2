import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { missions } from '../../../src/data/catalog';
import {
  CARD_ONLY_FIELDS,
  CARD_ONLY_LANDING_FIELDS,
  coreRecord,
  detailsApart,
} from '../../../src/data/catalogueCore';
import type { MissionRecord } from '../../../src/data/schema';
import { touchdownRest } from '../../../src/data/touchdownRest';
import type { Replay } from '../../../src/replay/replay';

const cores = missions.map(coreRecord);

/** What a replay shows, for comparing the same mission's replay from two records. */
function summary(r: Replay) {
  const flight = (d: Replay['descent']) =>
    d && { burnMs: d.burnMs, events: d.events, touchdown: d.touchdown, peakG: d.peakG };
  return {
    descent: flight(r.descent),
    comparison: flight(r.comparison),
    ascentEvents: r.ascent?.events ?? null,
    burnSource: r.burnSource,
    orbitSource: r.orbitSource,
    aside: r.sourcedBurnSetAside,
    aim: r.aim,
    unavailable: r.unavailable,
    extras: r.extras,
  };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(f) ? [p] : [];
  });
}

describe("the first load's catalogue records (card-only fields fetched later)", () => {
  it('carry none of the card-only fields and are less than half the size', () => {
    for (const c of cores) {
      expect(detailsApart(c)).toBe(true);
      for (const f of CARD_ONLY_FIELDS) expect(c).not.toHaveProperty(f);
      for (const f of CARD_ONLY_LANDING_FIELDS) expect(c.landing ?? {}).not.toHaveProperty(f);
      for (const e of c.timeline) expect(e).not.toHaveProperty('sources');
    }
    expect(missions.some((m) => (m.sources ?? []).length > 0)).toBe(true);
    expect(JSON.stringify(cores).length).toBeLessThan(JSON.stringify(missions).length / 2);
  });

  it('keep how the capsule came to rest, read from the whole record at build', () => {
    const rests = missions.map(touchdownRest);
    expect(cores.map(touchdownRest)).toEqual(rests);
    // The notes decide it for some: without the precomputed answer a core record would differ.
    const stripped = cores.map(({ touchdown_rest: _r, ...c }) => c as MissionRecord);
    expect(stripped.map(touchdownRest)).not.toEqual(rests);
  });

  it('give the same replay as the whole records (a return of each kind, and the launch)', async () => {
    const ids = [
      'soyuz-ms-19-landing',
      'soyuz-tma-18m-landing',
      'soyuz-ms-11-landing',
      'soyuz-ms-22-launch',
    ];
    const { replayFor } = await import('../../../src/replay/replay');
    const whole = ids.map((id) => summary(replayFor(missions.find((m) => m.id === id)!)));
    vi.resetModules(); // a fresh replay cache, which is keyed by mission id
    const fresh = await import('../../../src/replay/replay');
    const core = ids.map((id) => summary(fresh.replayFor(cores.find((m) => m.id === id)!)));
    expect(core).toEqual(whole);
    expect(whole[0]!.descent).not.toBeNull();
  }, 60_000);

  it('are read for card-only fields only by the card and the welcome, after loading them', () => {
    const readers =
      /\.(?:sources|notes|conflicts|coord_sources|reported_distance_\w+|time_precision)\b/;
    const allowed = ['src/ui/mission/MissionCard.tsx', 'src/ui/welcome/welcomeWays.ts'];
    const offenders = sourceFiles('src').filter(
      (f) => !allowed.includes(f) && readers.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
