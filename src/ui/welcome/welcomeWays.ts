import { findMission } from '../../data/catalog';
import type { MissionRecord } from '../../data/schema';
import type { Key } from '../../i18n';

/** One way into the app the welcome offers: a mission and the words for its card. */
export interface WelcomeWay {
  missionId: string;
  title: Key;
  text: Key;
}

/** A first descent, the longest stay, and a launch: the three a class most often asks about. */
export const WAYS: readonly WelcomeWay[] = [
  { missionId: 'soyuz-ms-19-landing', title: 'welcome.returnTitle', text: 'welcome.returnText' },
  { missionId: 'soyuz-tma-18m-landing', title: 'welcome.yearTitle', text: 'welcome.yearText' },
  { missionId: 'soyuz-ms-22-launch', title: 'welcome.launchTitle', text: 'welcome.launchText' },
];

/** The year-long crew of a return and their days in space, as the mission's notes state them. */
export interface LongStay {
  /** Crew entries as the data spells them, e.g. "Scott Kelly (NASA)". */
  crew: string[];
  days: number;
}

/**
 * Read "Kelly and Kornienko: 340 days in space" from a mission's notes: the figure and the crew
 * entries whose surnames come before it. Null where the notes give no such figure, so the card
 * never shows a number the data does not hold.
 */
export function longStay(mission: MissionRecord): LongStay | null {
  for (const note of mission.notes ?? []) {
    const m = /^(.*?):\s*(\d+) days in space/.exec(note);
    if (!m) continue;
    const who = m[1]!;
    const crew = mission.crew.filter((entry) => {
      const name = entry.replace(/\s*\(.*$/, '');
      const surname = name.split(' ').pop() ?? name;
      return who.includes(surname);
    });
    if (crew.length > 0) return { crew, days: Number(m[2]) };
  }
  return null;
}

/** The missions of the ways in that the catalogue holds (all three, unless the data changed). */
export function availableWays(): { way: WelcomeWay; mission: MissionRecord }[] {
  return WAYS.flatMap((way) => {
    const mission = findMission(way.missionId);
    return mission ? [{ way, mission }] : [];
  });
}
