import type { MissionRecord } from '../data/schema';
import { DEFAULT_LANG, isLang, LANGUAGES, t, type Key, type Lang, type Message } from '../i18n';
import { formatUtc, parseUtc, TimeParseError } from '../physics/time';
import { CAMERAS, type CameraName, type ClockState } from '../clock/clockStore';
import { missionClock } from '../replay/missionClock';
import { isValidRate, MAX_RATE } from '../clock/rates';
import { LINK_VIEWS, type ViewRole } from '../common/viewRole';

/** What the URL asks for, once checked; anything it got wrong is explained in `ignored`. */
export interface UrlRequest {
  mission: MissionRecord;
  utcMs: number;
  rate: number;
  /** Smart rate: on by default in replays with a modelled descent, and with rate=smart. */
  smart: boolean;
  playing: boolean;
  camera: CameraName;
  /** Presentation mode (present=1): fullscreen, large type, controls that hide. */
  present: boolean;
  /** The language of the interface (lang=en|ru|kk); English without the parameter. */
  lang: Lang;
  /** The window's role (view=presenter|screen): one of the two windows of a presenter's view. */
  view: ViewRole;
  /** What was ignored, in the link's language. */
  ignored: string[];
  /** The same as messages, so a notice can follow a later change of language. */
  ignoredMessages: Message[];
}

const KNOWN = new Set(['mission', 't', 'rate', 'camera', 'present', 'lang', 'view']);
const DEFAULT_RATE = 60;
/** Longest value quoted back in a notice, so a pasted essay does not fill the screen. */
const QUOTE_MAX = 40;

const quote = (s: string) => JSON.stringify(s.length > QUOTE_MAX ? `${s.slice(0, QUOTE_MAX)}…` : s);

/**
 * Read `?mission=&t=&rate=&camera=&present=&lang=&view=`. Never throws: a bad or out-of-range value falls back to the
 * default and says so, because a shared link with one typo should still open the app.
 */
export function parseUrlState(
  search: string,
  missions: readonly MissionRecord[],
  defaultMissionId: string,
): UrlRequest {
  const params = new URLSearchParams(search);
  const ignoredMessages: Message[] = [];
  const ignore = (key: Key, vars: Record<string, string | number>) =>
    ignoredMessages.push({ key, vars });
  const fallback = missions.find((m) => m.id === defaultMissionId) ?? missions[0]!;

  let mission = fallback;
  const missionParam = params.get('mission');
  if (missionParam !== null) {
    const found = missions.find((m) => m.id === missionParam);
    if (found) mission = found;
    else ignore('url.unknownMission', { value: quote(missionParam), mission: fallback.mission });
  }

  const clock = missionClock(mission);
  let utcMs = clock.openingMs;
  const tParam = params.get('t');
  if (tParam !== null) {
    try {
      const ms = parseUtc(tParam);
      if (ms < clock.range.startMs || ms > clock.range.endMs) {
        ignore('url.outside', {
          value: quote(tParam),
          mission: mission.mission,
          start: formatUtc(clock.range.startMs),
          end: formatUtc(clock.range.endMs),
        });
      } else utcMs = ms;
    } catch (e) {
      if (!(e instanceof TimeParseError)) throw e;
      ignore('url.notIso', { value: quote(tParam) });
    }
  }

  let rate = DEFAULT_RATE;
  let playing = true;
  let smart = clock.events.some((e) => e.modelledMs !== null);
  const rateParam = params.get('rate');
  if (rateParam === 'smart' || rateParam === '-smart') {
    smart = true;
    rate = rateParam === 'smart' ? 1 : -1;
  } else if (rateParam !== null) {
    smart = false;
    const r = rateParam.trim() === '' ? NaN : Number(rateParam);
    if (!isValidRate(r)) {
      ignore('url.badRate', { value: quote(rateParam), max: MAX_RATE });
    } else if (r === 0) {
      playing = false; // rate=0 opens the moment paused, at the default rate once play is pressed
    } else rate = r;
  }

  let camera: CameraName = 'earth';
  const cameraParam = params.get('camera');
  if (cameraParam !== null) {
    if ((CAMERAS as readonly string[]).includes(cameraParam)) camera = cameraParam as CameraName;
    else ignore('url.badCamera', { value: quote(cameraParam), list: CAMERAS.join(', ') });
  }

  for (const key of new Set(params.keys())) {
    if (!KNOWN.has(key)) ignore('url.unknownParam', { value: quote(key) });
  }

  let present = false;
  const presentParam = params.get('present');
  if (presentParam !== null) {
    if (presentParam === '1' || presentParam === 'true') present = true;
    else if (presentParam !== '0' && presentParam !== 'false')
      ignore('url.badPresent', { value: quote(presentParam) });
  }

  let lang: Lang = DEFAULT_LANG;
  const langParam = params.get('lang');
  if (langParam !== null) {
    if (isLang(langParam)) lang = langParam;
    else ignore('url.badLang', { value: quote(langParam), list: LANGUAGES.join(', ') });
  }

  let view: ViewRole = 'normal';
  const viewParam = params.get('view');
  if (viewParam !== null) {
    if ((LINK_VIEWS as readonly string[]).includes(viewParam)) view = viewParam as ViewRole;
    else ignore('url.badView', { value: quote(viewParam), list: 'presenter, screen' });
  }

  if (smart && rateParam === null) rate = 1;
  return {
    mission,
    utcMs,
    rate,
    smart,
    playing,
    camera,
    present,
    lang,
    view,
    ignoredMessages,
    // Worded when read: the page parses the link before the link's language has loaded.
    get ignored() {
      return ignoredMessages.map((m) => t(m.key, { ...m.vars, lng: lang }));
    },
  };
}

/**
 * The query string that reproduces a view. Paused views carry rate=0, as the URL contract says;
 * smart play is rate=smart (or -smart backwards).
 */
export function formatUrlState(
  s: Pick<ClockState, 'missionId' | 'utcMs' | 'rate' | 'playing' | 'camera'> & {
    smart?: boolean;
    present?: boolean;
    lang?: Lang;
    view?: ViewRole;
  },
): string {
  const params = new URLSearchParams();
  params.set('mission', s.missionId);
  params.set('t', formatUtc(s.utcMs));
  const rate = s.smart ? `${s.rate < 0 ? '-' : ''}smart` : String(s.rate);
  params.set('rate', s.playing ? rate : '0');
  params.set('camera', s.camera);
  if (s.present) params.set('present', '1');
  // English is the default, so an English link stays as short as it was.
  if (s.lang && s.lang !== DEFAULT_LANG) params.set('lang', s.lang);
  // A reloaded window of a presenter's view keeps its role.
  if (s.view && s.view !== 'normal') params.set('view', s.view);
  // Colons are legal in a query string; keeping them makes a shared link readable.
  return `?${params.toString().replace(/%3A/gi, ':')}`;
}
