import { describe, expect, it } from 'vitest';
import { findMission } from '../../../../src/data/catalog';
import { missionClock } from '../../../../src/replay/missionClock';
import { telemetryText } from '../../../../src/ui/telemetry/telemetryFields';
import { replayFor } from '../../../../src/replay/replay';
import { sampleAt, newTrajectoryPoint } from '../../../../src/physics/descent/trajectory';

const ms19 = findMission('soyuz-ms-19-landing')!;
const { events } = missionClock(ms19);
const at = (iso: string) => telemetryText({ utcMs: Date.parse(iso), missionId: ms19.id, events });

describe('telemetry text', () => {
  it('follows the ISS before the burn, with the clocks of the day', () => {
    const t = at('2022-03-30T10:29:00Z');
    expect(t.subject).toBe('iss');
    expect(t.fields.alt).toMatch(/^4\d\d\.\d km$/);
    expect(t.fields.msk).toBe('13:29:00 (UTC+3)');
    expect(t.fields.kz).toBe('16:29:00 (UTC+6)');
    // MS-19 undocked at 07:21 UTC: about three hours before.
    expect(t.fields.met).toMatch(/^3:0\d:\d\d$/);
    expect(t.fields.sun).toMatch(/\(day\)$/);
  });

  it('follows the capsule in the entry: high g, kilometres per second, distance to the site', () => {
    const t = at('2022-03-30T11:11:30Z');
    expect(t.subject).toBe('capsule');
    expect(t.fields.phase).toBe('Plasma blackout');
    expect(parseFloat(t.fields.g!)).toBeGreaterThan(3);
    expect(t.fields.speed).toMatch(/km\/s$/);
    expect(t.fields.vspeed).toMatch(/^-/);
    expect(parseFloat(t.fields.site!)).toBeLessThan(400);
    expect(t.fields.ttd).toMatch(/^1\d:\d\d$/);
  });

  it("gives the vertical speed as the altitude's rate of change, as the CSV does", () => {
    const descent = replayFor(ms19)!.descent!;
    const p = newTrajectoryPoint();
    for (const iso of ['2022-03-30T11:05:00Z', '2022-03-30T11:10:00Z', '2022-03-30T11:16:00Z']) {
      const ms = Date.parse(iso);
      // The altitude's own change over two seconds around the instant, m/s.
      const altAt = (t: number) => sampleAt(descent.samples, t, p).altKm;
      const rate = ((altAt(ms + 1000) - altAt(ms - 1000)) / 2) * 1000;
      const shown = parseFloat(at(iso).fields.vspeed!);
      const inMs = /km\/s$/.test(at(iso).fields.vspeed!) ? shown * 1000 : shown;
      expect(Math.abs(inMs - rate)).toBeLessThan(1);
    }
  });

  it('shows one speed, relative to the Earth: no jump when the station hands over to the capsule', () => {
    // The handover is at the burn (10:34:00): a second before it the ISS, a second after the capsule.
    const before = at('2022-03-30T10:33:59Z');
    const after = at('2022-03-30T10:34:01Z');
    expect(before.subject).toBe('iss');
    expect(after.subject).toBe('capsule');
    const kms = (text: string) => parseFloat(text);
    // Earth-relative, not the 7.66 km/s inertial figure.
    expect(kms(before.fields.speed!)).toBeLessThan(7.6);
    expect(kms(before.fields.speed!)).toBeGreaterThan(7.1);
    // The burn takes 128 m/s over 280 s: under 1 m/s in 2 s. The Soyuz sits within metres per
    // second of the station after the separation burns.
    expect(Math.abs(kms(after.fields.speed!) - kms(before.fields.speed!))).toBeLessThan(0.02);
  });

  it('says landed after touchdown', () => {
    const t = at('2022-03-30T11:40:00Z');
    expect(t.fields.phase).toBe('Touchdown');
    expect(t.fields.ttd).toBe('landed');
    expect(parseFloat(t.fields.site!)).toBeLessThan(10);
  });
});
