import { describe, expect, it } from 'vitest';
import { entry } from '../../../../../src/physics/descent/phases/entry';
import { BLACKOUT, ENTRY_INTERFACE_KM, PARACHUTES } from '../../../../../src/physics/spacecraft';
import { airspeedKms, eventTypes, MS19_GUIDED, stateBefore } from './fixture';

describe('entry', () => {
  const guided = stateBefore(entry);
  entry(guided);
  const ballistic = stateBefore(entry, { ...MS19_GUIDED, mode: 'ballistic' });
  entry(ballistic);

  it('ends exactly at the drogue command altitude, slowed from orbital speed to ~250 m/s', () => {
    expect(guided.alt).toBeCloseTo(PARACHUTES.drogueAltKm, 5);
    expect(airspeedKms(guided)).toBeGreaterThan(0.15);
    expect(airspeedKms(guided)).toBeLessThan(0.35);
    expect(guided.phase).toBe('descent_module');
  });

  it('marks the entry interface and the blackout at their altitudes, in order, then peak g', () => {
    expect(eventTypes(guided).slice(3)).toEqual([
      'entry_interface',
      'blackout_start',
      'blackout_end',
      'peak_g',
    ]);
    const at = (type: string) => guided.events.find((e) => e.type === type)!;
    expect(at('entry_interface').altKm).toBe(ENTRY_INTERFACE_KM);
    expect(at('blackout_start').altKm).toBe(BLACKOUT.startAltKm);
    expect(at('blackout_end').altKm).toBe(BLACKOUT.endAltKm);
    expect(at('blackout_start').ms).toBeGreaterThan(at('entry_interface').ms);
  });

  it('the peak-g event is the largest load recorded, below the blackout start', () => {
    const s = guided.builder.build();
    expect(guided.peak.g).toBe(Math.max(...s.g));
    const pk = guided.events.find((e) => e.type === 'peak_g')!;
    expect(pk.altKm).toBe(guided.peak.altKm);
    expect(pk.altKm).toBeLessThan(BLACKOUT.startAltKm);
  });

  it('guided lift keeps the load near 4 g; a spinning (ballistic) capsule takes 7-10 g', () => {
    expect(guided.peak.g).toBeGreaterThan(3.5);
    expect(guided.peak.g).toBeLessThan(5);
    expect(ballistic.peak.g).toBeGreaterThan(7);
    expect(ballistic.peak.g).toBeLessThan(10);
    expect(guided.guidance).not.toBeNull();
    expect(ballistic.guidance).toBeNull();
  });
});
