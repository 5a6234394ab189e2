import { describe, expect, it } from 'vitest';
import { findMission } from '../../../../src/data/catalog';
import { createClock, type ClockStore } from '../../../../src/clock/clockStore';
import { missionClock } from '../../../../src/replay/missionClock';
import {
  leadInStart,
  PRESENTER_LEAD_MS,
  presenterEvent,
  presenterStep,
} from '../../../../src/ui/presentation/presenterNavigation';

function clockAt(iso: string, mission = 'soyuz-ms-19-landing', autoPause = false) {
  const mc = missionClock(findMission(mission)!);
  const clock = createClock({
    utcMs: Date.parse(iso),
    rate: 0,
    playing: false,
    range: mc.range,
    events: mc.events,
    missionId: mission,
    camera: 'earth',
    autoPause,
  });
  return { clock, events: mc.events, range: mc.range };
}

const at = (clock: ClockStore) => presenterEvent(clock)?.eventType;
const indexOf = (clock: ClockStore, type: string) =>
  clock.getState().events.findIndex((e) => e.type === type);
/** Frames of a slow renderer (700 ms each) until the clock stops or `n` frames have run. */
function play(clock: ClockStore, n = 10_000) {
  for (let i = 0; i < n && clock.getState().playing; i++) clock.getState().tick(700);
}

describe('presenter clicker navigation', () => {
  it('walks the events one by one, landing 15 s before each and playing forwards in smart rate', () => {
    const { clock, events } = clockAt('2022-03-30T10:30:00Z');
    const ahead = events.filter((e) => e.utcMs > Date.parse('2022-03-30T10:30:15Z'));
    for (const e of ahead.slice(0, 5)) {
      expect(presenterStep(clock, 1)).toBe(true);
      const s = clock.getState();
      expect(s.utcMs).toBe(e.utcMs - PRESENTER_LEAD_MS);
      expect(s.playing).toBe(true);
      expect(s.smart).toBe(true);
      expect(s.rate).toBeGreaterThan(0);
    }
    // And back.
    expect(presenterStep(clock, -1)).toBe(true);
    expect(clock.getState().utcMs).toBe(ahead[3]!.utcMs - PRESENTER_LEAD_MS);
  });

  it('does nothing past the last event', () => {
    const { clock } = clockAt('2022-03-30T11:50:00Z');
    const before = clock.getState().utcMs;
    expect(presenterStep(clock, 1)).toBe(false);
    expect(clock.getState().utcMs).toBe(before);
  });

  it('paused 7 s before the main chute, PageDown goes to the main chute, not the heat shield', () => {
    const { clock, events, range } = clockAt('2022-03-30T11:14:08Z');
    expect(presenterStep(clock, 1)).toBe(true);
    expect(at(clock)).toBe('main_chute');
    const i = indexOf(clock, 'main_chute');
    expect(clock.getState().utcMs).toBe(leadInStart(events, i, range));
    expect(clock.getState().utcMs).toBeLessThan(events[i]!.utcMs);
    expect(presenterStep(clock, 1)).toBe(true);
    expect(at(clock)).toBe('heat_shield_jettison');
  });

  it('paused at 11:27:49, PageDown goes to the landing engines, then touchdown 0.2 s later', () => {
    const { clock, events } = clockAt('2022-03-30T11:27:49Z');
    expect(presenterStep(clock, 1)).toBe(true);
    expect(at(clock)).toBe('soft_landing_engines');
    expect(presenterStep(clock, 1)).toBe(true);
    expect(at(clock)).toBe('touchdown');
    // Its lead-in is half the 184 ms gap: after the engines fire, before touchdown.
    const engines = events[indexOf(clock, 'soft_landing_engines')]!.utcMs;
    expect(clock.getState().utcMs).toBeGreaterThan(engines);
    expect(clock.getState().utcMs).toBeLessThan(events[indexOf(clock, 'touchdown')]!.utcMs);
    expect(presenterStep(clock, 1)).toBe(false);
    expect(presenterStep(clock, -1)).toBe(true);
    expect(at(clock)).toBe('soft_landing_engines');
  });

  it('never starts a lead-in before the event before it', () => {
    for (const id of ['soyuz-ms-19-landing', 'soyuz-tma-18m-landing']) {
      const { events, range } = clockAt('2022-03-30T10:30:00Z', id);
      events.forEach((e, i) => {
        const start = leadInStart(events, i, range);
        expect(start).toBeLessThanOrEqual(e.utcMs);
        expect(e.utcMs - start).toBeLessThanOrEqual(PRESENTER_LEAD_MS);
        if (i > 0 && events[i - 1]!.utcMs < e.utcMs) {
          expect(start).toBeGreaterThan(events[i - 1]!.utcMs);
        }
      });
    }
  });

  it('steps k, k+1, k+2 while each lead-in is still playing, from undocking to touchdown', () => {
    for (const id of ['soyuz-ms-19-landing', 'soyuz-tma-18m-landing']) {
      const mc = missionClock(findMission(id)!);
      const undocking = mc.events.findIndex((e) => e.type === 'undocking');
      const { clock, events } = clockAt(new Date(mc.events[undocking]!.utcMs).toISOString(), id);
      const visited: number[] = [];
      while (presenterStep(clock, 1)) {
        visited.push(presenterEvent(clock)!.eventIndex);
        play(clock, 2); // pressed again 1.4 s later, mid lead-in
      }
      const expected = events.map((_, i) => i).filter((i) => i > undocking);
      expect(visited).toEqual(expected);
      expect(events[visited.at(-1)!]!.type).toBe('touchdown');
    }
  });

  it('with auto-pause, stops exactly at each event on a slow machine, and PageDown plays on', () => {
    const { clock, events } = clockAt('2022-03-30T10:30:00Z', 'soyuz-ms-19-landing', true);
    const stops: string[] = [];
    while (presenterStep(clock, 1)) {
      play(clock);
      const s = clock.getState();
      expect(s.playing).toBe(false);
      const e = events[presenterEvent(clock)!.eventIndex]!;
      expect(s.utcMs).toBe(e.utcMs);
      stops.push(e.type);
    }
    const burn = indexOf(clock, 'deorbit_burn_start');
    expect(stops).toEqual(events.slice(burn).map((e) => e.type));
  });

  it('follows the clock once the person scrubs, and forgets another mission', () => {
    const { clock, events } = clockAt('2022-03-30T10:30:00Z');
    presenterStep(clock, 1);
    expect(at(clock)).toBe('deorbit_burn_start');
    // Scrubbed to 5 s before peak g: the next press goes to peak g, not to the burn's end.
    const peak = events[indexOf(clock, 'peak_g')]!.utcMs;
    clock.getState().seek(peak - 5000);
    expect(presenterEvent(clock)).toBeNull();
    presenterStep(clock, 1);
    expect(at(clock)).toBe('peak_g');
    // Scrubbed exactly onto an event, PageUp goes to the one before it.
    clock.getState().seek(peak);
    presenterStep(clock, -1);
    expect(at(clock)).toBe('blackout_start');
    const tma = missionClock(findMission('soyuz-tma-18m-landing')!);
    clock.getState().loadMission('soyuz-tma-18m-landing', tma.range, tma.events, tma.range.startMs);
    expect(presenterEvent(clock)).toBeNull();
  });

  it('playing on past later events (auto-pause off) carries the clicker along', () => {
    const { clock, events } = clockAt('2022-03-30T11:00:00Z');
    presenterStep(clock, 1);
    expect(at(clock)).toBe('module_separation');
    const blackout = events[indexOf(clock, 'blackout_start')]!.utcMs;
    while (clock.getState().utcMs < blackout + 1000) clock.getState().tick(700);
    expect(at(clock)).toBe('blackout_start');
    presenterStep(clock, 1);
    expect(at(clock)).toBe('peak_g');
  });
});
