import { describe, expect, it } from 'vitest';
import { findMission, missions } from '../../../../src/data/catalog';
import { missionClock } from '../../../../src/replay/missionClock';
import { replayFor } from '../../../../src/replay/replay';
import { NOTE_OF_EVENT, teacherNote } from '../../../../src/ui/notes/teacherNote';
import { worksheetQuestions } from '../../../../src/ui/worksheet/worksheetQuestions';

const sheet = (id: string, lang: 'en' | 'ru' | 'kk' = 'en') => {
  const mission = findMission(id)!;
  const replay = replayFor(mission);
  const { events } = missionClock(mission);
  return { events, replay, questions: worksheetQuestions(events, replay, lang) };
};

describe('the worksheet’s three questions', () => {
  it('span MS-19 from leaving the station to the ground, each the teacher note’s own question', () => {
    const { events, replay, questions } = sheet('soyuz-ms-19-landing');
    expect(questions).toHaveLength(3);
    const order = events.map((e) => e.type);
    const at = questions.map((q) => order.indexOf(q.event));
    // In clock order, the first noted event first and the last (touchdown) last.
    expect(at).toEqual([...at].sort((a, b) => a - b));
    const noted = order.filter((type) => teacherNote(type, replay, 'en'));
    expect(questions[0]!.event).toBe(noted[0]);
    expect(NOTE_OF_EVENT[questions[2]!.event]).toBe(NOTE_OF_EVENT[noted.at(-1)!]);
    for (const q of questions)
      expect(q.question).toBe(teacherNote(q.event, replay, 'en')!.question);
    // Three different notes: events that share one (undock command, undocking) count once.
    expect(new Set(questions.map((q) => NOTE_OF_EVENT[q.event])).size).toBe(3);
  });

  it('in the language asked for', () => {
    const { replay, questions } = sheet('soyuz-ms-19-landing', 'kk');
    for (const q of questions)
      expect(q.question).toBe(teacherNote(q.event, replay, 'kk')!.question);
    expect(questions.map((q) => q.question)).not.toEqual(
      sheet('soyuz-ms-19-landing').questions.map((q) => q.question),
    );
  });

  it('gives every replay with three noted events three, and one with fewer all it has', () => {
    for (const mission of missions) {
      const replay = replayFor(mission);
      const { events } = missionClock(mission);
      const notes = new Set(
        events.filter((e) => teacherNote(e.type, replay, 'en')).map((e) => NOTE_OF_EVENT[e.type]),
      );
      expect(worksheetQuestions(events, replay, 'en'), mission.id).toHaveLength(
        Math.min(3, notes.size),
      );
    }
    const { events, replay } = sheet('soyuz-ms-19-landing');
    const two = events.filter((e) => e.type === 'peak_g' || e.type === 'touchdown');
    expect(worksheetQuestions(two, replay, 'en').map((q) => q.event)).toEqual([
      'peak_g',
      'touchdown',
    ]);
  });
});
