import { currentLang, t, type Key, type Lang } from '../../i18n';
// The notes' English strings come with the notes (i18n/locales/enLater.ts).
import '../../i18n/laterEnglish';
import { noteFormat } from './noteFormat';
import type { NoteBuilder, NoteReplay, Part } from './noteParts';
import * as departureNotes from './departureNotes';
import * as descentNotes from './descentNotes';
import * as launchNotes from './launchNotes';

/** A teacher's note for one event: a question for the class, its answer, one more fact. */
export interface TeacherNote {
  question: string;
  answer: string;
  fact: string;
}

const NOTES = {
  hatchClose: departureNotes.hatchClose,
  undocking: departureNotes.undocking,
  separationBurn: departureNotes.separationBurn,
  deorbitBurn: descentNotes.deorbitBurn,
  burnEnd: descentNotes.burnEnd,
  moduleSeparation: descentNotes.moduleSeparation,
  entryInterface: descentNotes.entryInterface,
  blackout: descentNotes.blackout,
  blackoutEnd: descentNotes.blackoutEnd,
  peakG: descentNotes.peakG,
  drogue: descentNotes.drogue,
  mainChute: descentNotes.mainChute,
  heatShield: descentNotes.heatShield,
  softLanding: descentNotes.softLanding,
  touchdown: descentNotes.touchdown,
  launch: launchNotes.launch,
  boosters: launchNotes.boosters,
  fairing: launchNotes.fairing,
  coreStage: launchNotes.coreStage,
  thirdStageCutoff: launchNotes.thirdStageCutoff,
  orbitInsertion: launchNotes.orbitInsertion,
  docking: launchNotes.docking,
} satisfies Record<string, NoteBuilder>;

export type NoteId = keyof typeof NOTES;

/**
 * Which note each event has: the physics' names and the data's names for the same moment share
 * one (as the captions do: "parachute_deploy" is the drogue, "landing" the touchdown).
 */
export const NOTE_OF_EVENT: Readonly<Record<string, NoteId>> = {
  hatch_close: 'hatchClose',
  undock_command: 'undocking',
  undocking: 'undocking',
  separation_burn: 'separationBurn',
  separation_burn_1: 'separationBurn',
  separation_burn_2: 'separationBurn',
  deorbit_burn_start: 'deorbitBurn',
  deorbit_burn: 'deorbitBurn',
  deorbit_burn_end: 'burnEnd',
  module_separation: 'moduleSeparation',
  entry_interface: 'entryInterface',
  blackout_start: 'blackout',
  plasma_start: 'blackout',
  plasma_entry_guidance_start: 'blackout',
  blackout_end: 'blackoutEnd',
  plasma_exit_max_g: 'blackoutEnd',
  peak_g: 'peakG',
  drogue_chute: 'drogue',
  parachute_deploy: 'drogue',
  parachute_command: 'drogue',
  main_chute: 'mainChute',
  heat_shield_jettison: 'heatShield',
  soft_landing_engines: 'softLanding',
  touchdown: 'touchdown',
  landing: 'touchdown',
  launch: 'launch',
  first_stage_separation: 'boosters',
  fairing_jettison: 'fairing',
  second_stage_separation: 'coreStage',
  third_stage_cutoff: 'thirdStageCutoff',
  orbit_insertion: 'orbitInsertion',
  orbit_insertion_spacecraft_separation: 'orbitInsertion',
  docking: 'docking',
};

/**
 * The teacher's note for an event of this replay, in the language asked for (default: the
 * page's). Figures are the replay's own, formatted for that language. Null for an event with no
 * note, or one whose figures need a model the replay lacks. Pure: a presenter view can call it
 * for any event and language.
 */
export function teacherNote(
  eventType: string,
  replay: NoteReplay | null,
  lang: Lang = currentLang(),
): TeacherNote | null {
  const id = NOTE_OF_EVENT[eventType];
  if (!id) return null;
  const note = NOTES[id](replay, noteFormat(lang));
  if (!note) return null;
  const text = ([key, vars]: Part) => t(`teacherNotes.${id}.${key}` as Key, { ...vars, lng: lang });
  return { question: text(note.question), answer: text(note.answer), fact: text(note.fact) };
}
