import { allMissions, DEFAULT_MISSION_ID } from '../data/catalog';
import { createClock } from '../clock/clockStore';
import { missionClock } from '../replay/missionClock';
import { parseUrlState } from './urlState';

/**
 * The one clock, opened at the moment the URL names (or the default), with the language the link
 * asks for and what was ignored.
 */
export function createAppClock(search: string) {
  // At page load the list is the bundled one: a mission from a file is never in a link.
  const req = parseUrlState(search, allMissions(), DEFAULT_MISSION_ID);
  const mc = missionClock(req.mission);
  const clock = createClock({
    utcMs: req.utcMs,
    rate: req.rate,
    smart: req.smart,
    playing: req.playing,
    range: mc.range,
    events: mc.events,
    missionId: req.mission.id,
    camera: req.camera,
    canAnimate: false,
  });
  return {
    clock,
    ignored: req.ignoredMessages,
    present: req.present,
    lang: req.lang,
    view: req.view,
  };
}
