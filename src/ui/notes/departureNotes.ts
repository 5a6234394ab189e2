import { SEPARATION_SEQUENCE } from '../../physics/departure';
import { DEORBIT } from '../../physics/spacecraft';
import { parts, type NoteBuilder } from './noteParts';

/** Notes for the stretch at the station: the hatch, the springs, the separation burns. */

export const hatchClose: NoteBuilder = () => parts(['question'], ['answer'], ['fact']);

export const undocking: NoteBuilder = (_replay, f) => {
  const seq = SEPARATION_SEQUENCE;
  return parts(
    ['question'],
    ['answer', { spring: f.ms(seq.springMs) }],
    ['fact', { burn1: f.ms(seq.burn1.deltaVms), burn2: f.ms(seq.burn2.deltaVms) }],
  );
};

export const separationBurn: NoteBuilder = (_replay, f) => {
  const seq = SEPARATION_SEQUENCE;
  // Rounded to the centimetre per second the sources give each burn in.
  const total = Math.round((seq.burn1.deltaVms + seq.burn2.deltaVms) * 100) / 100;
  return parts(
    ['question'],
    ['answer', { burn1: f.ms(seq.burn1.deltaVms), burn2: f.ms(seq.burn2.deltaVms) }],
    ['fact', { total: f.ms(total), dv: f.ms(DEORBIT.deltaVms) }],
  );
};
