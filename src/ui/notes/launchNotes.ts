import type { AscentResult } from '../../physics/ascent';
import { MU_EARTH_KM3_S2 } from '../../physics/constants';
import { sampleAt } from '../../physics/descent';
import { parts, type NoteBuilder } from './noteParts';

/**
 * Notes for the launch, lift-off to docking. The ascent is the replay's approximate model (the
 * nominal Soyuz-2.1a profile between sourced lift-off, insertion and docking times), so its
 * figures are quoted as "about".
 */

/** A staging note: when and how high its event came in this ascent. */
const staging =
  (type: string): NoteBuilder =>
  (replay, f) => {
    const a = replay?.ascent;
    const e = a?.events.find((x) => x.type === type);
    if (!a || !e) return null;
    return parts(
      ['question'],
      ['answer'],
      ['fact', { time: f.duration(e.ms - a.liftoffMs), alt: f.km(e.altKm) }],
    );
  };

export const boosters = staging('first_stage_separation');
export const fairing = staging('fairing_jettison');
export const coreStage = staging('second_stage_separation');

/** The period of the orbit the ascent leaves the Soyuz on, s, from its state at insertion. */
export function insertionPeriodS(a: AscentResult): number {
  const p = sampleAt(a.samples, a.insertionMs);
  const r = Math.hypot(...p.r);
  const v = Math.hypot(...p.v);
  const sma = 1 / (2 / r - (v * v) / MU_EARTH_KM3_S2);
  return 2 * Math.PI * Math.sqrt((sma * sma * sma) / MU_EARTH_KM3_S2);
}

export const launch: NoteBuilder = (replay, f) => {
  const a = replay?.ascent;
  const insertion = a?.events.find((e) => e.type === 'orbit_insertion');
  // A launch the replay does not model (the MS-10 abort): a fact that needs no figures.
  if (!a || !insertion) return parts(['question'], ['answer'], ['factPlain']);
  return parts(
    ['question'],
    ['answer'],
    ['fact', { time: f.duration(a.insertionMs - a.liftoffMs), alt: f.km(insertion.altKm) }],
  );
};

export const thirdStageCutoff: NoteBuilder = (replay, f) => {
  const a = replay?.ascent;
  if (!a) return null;
  return parts(
    ['question'],
    ['answer', { speed: f.speed(a.insertion.speedKms) }],
    ['fact', { period: f.duration(insertionPeriodS(a) * 1000) }],
  );
};

export const orbitInsertion: NoteBuilder = (replay, f) => {
  const a = replay?.ascent;
  if (!a) return null;
  const { perigeeKm, apogeeKm, inclinationDeg } = a.insertion;
  return parts(
    ['question'],
    ['answer'],
    ['fact', { perigee: f.km(perigeeKm), apogee: f.km(apogeeKm), incl: f.degrees(inclinationDeg) }],
  );
};

export const docking: NoteBuilder = (replay, f) => {
  const a = replay?.ascent;
  if (!a) return null;
  return parts(
    ['question'],
    ['answer', { duration: f.duration(a.dockingMs - a.liftoffMs) }],
    ['fact'],
  );
};
