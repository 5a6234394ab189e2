/**
 * English: the source catalogue, with enLater.ts (the strings only later parts show). Every other
 * language has exactly the keys of both (the Catalogue type below makes TypeScript check it). `{{name}}` is filled in by `t` (src/i18n/i18n.ts), and
 * `{{mission, mission}}` spells a mission's name for the language; figures arrive already formatted
 * for the language by src/i18n/format.ts. There are no plural forms (they differ by language and
 * would break "exactly en's keys"): sentences are worded to need none.
 */
import type { enLater } from './enLater';

export const en = {
  parts: {
    loading: 'Loading…',
    failed:
      'This part of the app could not be loaded. If you are offline on a first visit, connect and open it again.',
  },
  update: {
    ready: 'A new version is ready.',
    reload: 'Reload',
  },
  welcome: {
    title: 'Welcome to Soyuz Replay',
    what: 'The International Space Station flies here on its real orbit, computed from real element sets (TLEs). Soyuz crew returns and a launch are replayed by a physics model, and every fact shown names its source.',
    begin: 'Where to begin',
    returnTitle: 'A crew comes home',
    returnText: 'From the space station to the steppe of Kazakhstan.',
    yearTitle: 'After a year in space',
    yearText: '{{first}} and {{second}} come home after {{days}} days in space.',
    launchTitle: 'Launch from Baikonur',
    launchText: 'Lift-off, the climb to orbit and the chase to the station.',
    hint: 'Each opens paused a few minutes before its first big moment: press Play (or Space) when the class is ready.',
    explore: 'Just explore',
    close: 'Close the welcome',
  },
  teacherNotes: {
    ui: {
      button: 'Notes',
      buttonTitle: 'Teacher’s notes for the current event (N)',
    },
  },
  presenterView: {
    open: 'Presenter view',
    end: 'End presenter view',
    title:
      'Open a presenter’s window for your laptop; this window becomes the clean view for the projector (V)',
    blocked:
      'The browser blocked the presenter’s window. Allow pop-ups for this page, or open a copy of this link with view=presenter.',
  },
  presenter: {
    autoPause: 'Stop at events',
    autoPauseTitle:
      'Auto-pause (A): the replay stops at each event; the clicker plays on to the next one',
  },
  labTeams: {
    prompt: 'Predict: where will it land? Drop your pins, then Reveal.',
    steps:
      'Pick your team, then click the globe where you think the capsule lands, or type the place below. Each team has one pin: another click moves it.',
    teams: 'Team placing a pin',
    team: 'Team {{team}}',
    latitude: 'Latitude, °',
    longitude: 'Longitude, °',
    coordinateHint: 'South and west are negative; a point or a comma before the decimals.',
    place: 'Place Team {{team}}’s pin',
    noPins: 'No pins yet.',
    pinAt: '{{team}}: {{lat}}, {{lon}}',
    clear: 'Remove all pins',
    emptyLat: 'Type the latitude in degrees, for example {{example}}. The pins are unchanged.',
    emptyLon: 'Type the longitude in degrees, for example {{example}}. The pins are unchanged.',
    notNumberLat:
      '“{{text}}” is not a latitude: type a number of degrees, for example {{example}}. The pins are unchanged.',
    notNumberLon:
      '“{{text}}” is not a longitude: type a number of degrees, for example {{example}}. The pins are unchanged.',
    latRange:
      'Latitude runs from −90° (South Pole) to 90° (North Pole); {{value}}° is outside that. The pins are unchanged.',
    lonRange:
      'Longitude runs from −180° to 180° (west is negative); {{value}}° is outside that. The pins are unchanged.',
    scoreboard: 'Whose prediction was closest',
    rank: 'Place',
    teamColumn: 'Team',
    distance: 'From the landing',
  },
  layout: {
    menu: 'Menu',
    foldTelemetry: 'Fold or unfold the figures',
  },

  video: {
    open: 'Export video',
  },
  track: {
    open: 'Track a satellite',
    title: 'Track a satellite',
    close: 'Close the satellite panel',
    help: 'Paste a two-line element set (TLE) of any satellite, with or without its name on the line above. It is drawn on the same clock as everything else.',
    paste: 'Two-line element set',
    submit: 'Track',
    stop: 'Stop tracking',
    tracking: 'Tracking {{name}} (elements of {{epoch}}).',
    hiddenNow: '{{name}} is not shown at this time: {{why}}',
    unnamed: 'Satellite {{satnum}}',
    shape:
      'Paste two lines starting “1 ” and “2 ” (or three, with the name first); this has {{lines}} non-empty lines. The view is unchanged.',
    tooLong:
      'That is {{chars}} characters; a TLE is about 140 (210 with a name). Paste only the element set. The view is unchanged.',
    invalid: 'This is not a valid TLE: {{why}}. The view is unchanged.',
    outOfRange:
      'These elements are from {{epoch}}, {{days}} days from the clock; SGP4 is trusted only within 30 days of their epoch, so the satellite is not shown. Open a mission nearer that date, or paste newer elements. The view is unchanged.',
    sgp4: 'SGP4 cannot place this satellite at the clock’s time (it may have decayed): {{why}}. The view is unchanged.',
  },
  missionFile: {
    choose: 'Load a mission file…',
    chooseTitle: 'Load missions from a JSON file shaped like the app’s own missions.json',
    hint: 'Or drop a mission JSON file anywhere on the page. It stays in this page only: a link cannot open it.',
    dropHere: 'Drop the mission file to load it',
    fromFile: 'From your file ({{file}}) — not checked against sources',
    badge: 'your file',
    megabytes: '{{value}} MB',
    tooBig:
      '{{file}} is {{size}}; a mission file may be at most {{max}}, so it was not read. Load a smaller file. The view is unchanged.',
    unreadable: '{{file}} could not be read ({{why}}). Choose it again. The view is unchanged.',
    notJson:
      '{{file}} is not valid JSON: {{why}}. Correct it in a text editor and load it again. The view is unchanged.',
    notMissions:
      '{{file}} holds no mission: it must be one mission record, or a list of them, shaped like the app’s missions.json. The view is unchanged.',
    tooMany:
      '{{file}} holds {{missions}} missions; one file may add at most {{max}}. Split it into smaller files. The view is unchanged.',
    missing:
      '{{file}} has no {{path}}, which every mission needs. Add it and load the file again. The view is unchanged.',
    invalid:
      '{{path}} in {{file}} is not valid: {{why}}. Correct it and load the file again. The view is unchanged.',
    duplicate:
      '{{file}} has two missions with the id “{{id}}”; give each its own id. The view is unchanged.',
    idTaken:
      'The id “{{id}}” in {{file}} is already {{mission, mission}}, one of the app’s missions; give yours an id of its own. The view is unchanged.',
    idLoaded:
      'A mission with the id “{{id}}” is already loaded from {{loaded}}; give this one another id, or reload the page to start again. The view is unchanged.',
    tle: '{{path}} in {{file}} is not a valid TLE: {{why}}. Copy both lines again from the source. The view is unchanged.',
    notIss:
      '{{path}} in {{file}} is for satellite {{satnum}}, not the ISS (25544); iss_tles holds only the station’s element sets. The view is unchanged.',
    outOfRange:
      'In {{file}}, {{mission}}’s {{event}} ({{time}} UTC) is {{days}} days from the nearest element set in its iss_tles (epoch {{epoch}}); a replay trusts SGP4 only within {{limit}} days. Add an element set from nearer that time. The view is unchanged.',
    sgp4: 'In {{file}}, SGP4 cannot place the ISS at {{mission}}’s {{event}} ({{time}} UTC) from the element sets in its iss_tles: {{why}}. Add an element set from nearer that time. The view is unchanged.',
  },
  whatIf: {
    open: 'What if?',
    openTitle: 'What-if lab (W): change the deorbit burn and see where the capsule lands',
    title: 'What if…?',
    close: 'Close the what-if lab',
    needsDescent: 'The what-if lab flies a modelled descent again: pick a landing replay.',
    burnTime: 'Burn time',
    burnShift: '{{shift}} s · {{time}} UTC',
    burnSize: 'Burn size',
    mode: 'Descent',
    guided: 'Guided (steers with lift)',
    ballistic: 'Ballistic (no steering)',
    reset: 'Back to the replay',
    predict: 'Predict first: hide the answer until the class has dropped a pin',
    reveal: 'Reveal',
    hidden: 'Answer hidden: predict, then reveal.',
    replay: 'Replay',
    whatIf: 'What if',
    touchdown: 'Touchdown',
    touchdownTime: 'Lands at (UTC)',
    peakG: 'Peak load',
    distance:
      'Lands {{distance}} from the replay’s touchdown: {{along}} {{alongDir}}, {{across}} {{acrossDir}}.',
    distanceSameMode:
      'Lands {{distance}} from the same burn flown {{mode}}: {{along}} {{alongDir}}, {{across}} {{acrossDir}}.',
    sameBurnBallistic: 'Same burn, ballistic',
    sameBurnGuided: 'Same burn, guided',
    modeBallistic: 'ballistic',
    modeGuided: 'guided',
    outsideFootprint:
      'Outside the automatic footprint: the site is beyond what the automatic system can steer to (about 30 s of burn error, ~240 km), so it flies to the nearest point it can reach.',
    downrange: 'further on',
    uprange: 'short',
    left: 'left of the track',
    right: 'right of the track',
    computing: 'Simulating…',
    computeMs: 'Simulated in {{ms}} ms',
    error: 'This descent cannot be flown: {{why}}',
    sceneLabel: 'What if: {{distance}} from the replay',
    sceneLabelSameMode: 'What if: {{distance}} from the same burn, {{mode}}',
  },
  reconstruction: {
    note: 'Reconstructed orbit: the data has no ISS element set within 10 days of this {{year}} return, so the replay flies from the circular orbit at the station’s inclination whose descent ({{mode}}) from the sourced burn at {{burn}} UTC lands on the reported point at the reported time; fitted height about {{height}}. Modelled, not tracked.',
    noteAssumed:
      'Reconstructed orbit: the data has no ISS element set within 10 days of this {{year}} return, and the sources give no burn time, so the replay flies from the circular orbit at the station’s inclination whose descent ({{mode}}) from a burn 53.5 min before the landing ({{burn}} UTC, the usual interval) lands on the reported point at the reported time; fitted height about {{height}}. Modelled, not tracked.',
    compareGuided:
      'The blue path is a guided descent from the same burn: it lands {{distance}} away.',
    compareBallistic:
      'The blue path is a ballistic descent from the same burn: it lands {{distance}} away.',
    guidedFurther: 'Guided from the same burn: {{distance}} further',
    ballisticShorter: 'Ballistic from the same burn: {{distance}} shorter',
    ballistic: 'ballistic',
    guided: 'guided',
  },
  rate: {
    smart: 'Smart',
    smartReverse: 'Smart, reverse',
  },
  app: {
    present: 'Present',
    exitPresentation: 'Exit presentation',
    presentTitle: 'Presentation mode (P)',
    help: 'Keyboard help (?)',
    language: 'Language',
    sceneLabel: '3D view of Earth and the ISS',
    contextLost:
      'The graphics context was lost; the 3D view will come back when the browser restores it.',
    sceneError: 'The 3D view could not be drawn ({{detail}}). The timeline and figures still work.',
    noWebgl:
      'This browser cannot draw 3D graphics (WebGL is off or unsupported). The timeline and figures still work; try another browser or turn on hardware acceleration to see the globe.',
    webglFailed: 'WebGL could not be started in this browser. The timeline and figures still work.',
    offlineUnavailable: 'Offline use is unavailable in this browser: {{why}}',
    ignoredFromLink: 'Ignored from the link: {{reason}}.',
    dismiss: 'Dismiss',
    blanked: 'Screen blanked. Press B or click to show it again.',
  },
  url: {
    unknownMission: 'mission={{value}} is not a known mission; showing {{mission, mission}}',
    outside: "t={{value}} is outside {{mission, mission}}'s replay ({{start}} to {{end}})",
    notIso: 't={{value}} is not an ISO-8601 UTC time such as 2022-03-30T10:29:00Z',
    badRate: 'rate={{value}} must be a number from -{{max}} to {{max}}, or smart',
    badCamera: 'camera={{value}} is not one of {{list}}',
    unknownParam: 'unknown parameter {{value}}',
    badPresent: 'present={{value}} is not 1 or 0',
    badLang: 'lang={{value}} is not one of {{list}}; showing English',
    badView: 'view={{value}} is not one of {{list}}; showing the whole app',
  },
  header: {
    missions: 'Missions ▾',
    facts: 'Facts & sources',
  },
  picker: {
    label: 'Choose a mission',
    placeholder: 'Search missions, crew, dates…',
    search: 'Search missions',
    noMatch: 'No mission matches “{{query}}”.',
    kindReplay: 'replay',
    kindOrbit: 'ISS orbit',
    kindFacts: 'facts',
  },
  card: {
    label: '{{name}} facts',
    close: 'Close mission facts',
    crew: 'Crew',
    landing: 'Landing',
    launch: 'Launch',
    replay: 'Replay',
    facts: 'Facts',
    sources: 'Sources ({{n}})',
    disagree: 'Where sources disagree',
    ascentNote:
      'Approximate ascent: a smooth path through the sourced lift-off and docking times and the nominal Soyuz-2.1a stage times (MS-25 as flown), in the station’s orbital plane; the rendezvous is blended onto the ISS’s real orbit. Not flight data.',
    noDescent: 'No modelled descent.',
    plannedBurn:
      'Modelled descent. The sources give only the landing time, so the burn ({{at}}) is the one the planner finds that lands on the site then.',
    sourcedBurn:
      'Modelled descent from the sourced deorbit burn at {{at}}, guided to the landing point above.',
    unsteeredBurn:
      'Modelled descent from the sourced deorbit burn at {{at}}. The sources give no landing point, so the capsule flies the reference lift without steering to one: where it comes down is the model’s, not a reported place.',
    sourcedBurnSetAside:
      'Modelled descent. From this ISS element set the sourced burn ({{sourced}}) lands {{km}} km from the landing point, beyond what the guidance can correct: the element set or the burn time is off by a minute or more. The replay flies the burn the planner finds that lands there: {{at}}.',
  },
  reason: {
    couldNotModelDescent: 'The descent could not be modelled: {{why}}',
    couldNotModelAscent: 'The ascent could not be modelled: {{why}}',
    notLanding: '{{mission, mission}} is not a landing replay',
    noTimes: 'The sources give neither a deorbit burn nor a landing time for {{mission, mission}}',
    noTleReturn: 'No ISS element set near {{mission, mission}}’s return',
    noTleLaunch: 'No ISS element set near {{mission, mission}}’s launch',
    noPad: 'The sources give no launch pad for {{mission, mission}}',
    noLandingPoint: 'The sources give no landing point for {{mission, mission}}',
    noDocking: 'The sources give no docking time for {{mission, mission}}',
  },
  camera: {
    label: 'Camera',
    title: 'Camera (keys 1–5)',
    earth: 'Earth',
    iss: 'Follow ISS',
    soyuz: 'Chase Soyuz',
    ride: 'Ride along',
    ground: 'From the ground',
  },
  playback: {
    play: 'Play (Space)',
    pause: 'Pause (Space)',
    rate: 'Playback rate',
    rateTitle: 'Playback rate (+ / −; S for smart: fast between events, real time at them)',
  },
  timeline: {
    bar: 'Timeline',
    slider: 'Replay time',
    modelled: 'modelled {{time}} UTC',
    reported: 'reported {{time}} UTC ({{status}})',
    last: 'Last: {{event}}',
    next: 'Next: {{event}} in {{time}}',
    noMore: 'No more events',
    nextTitle: 'Press ] for the next event, [ for the previous',
    kazakhstan: 'Kazakhstan',
  },
  telemetry: {
    label: 'Telemetry',
    titleCapsule: 'Soyuz descent module',
    titleAscent: 'Soyuz launch',
    titleIss: 'ISS',
    modelled: 'modelled',
    modelledTitle: 'Computed by the physics from real element sets, not flight data',
    approximate: 'approximate',
    approximateTitle:
      'A smooth path through the sourced times and the nominal Soyuz-2.1a profile, not flight data or a rocket simulation',
    note: 'Note',
    phase: 'Phase',
    alt: 'Altitude',
    speed: 'Speed relative to Earth',
    vspeed: 'Vertical speed',
    g: 'g-load',
    q: 'Dynamic pressure',
    pos: 'Over',
    site: 'To landing site',
    ttd: 'To touchdown',
    tti: 'To orbit insertion',
    ttdock: 'To docking',
    tle: 'TLE epoch',
    utc: 'UTC',
    msk: 'Moscow',
    kz: 'Kazakhstan',
    met: 'Since undocking',
    sun: 'Sun at landing site',
    sinceLaunch: 'Since launch',
    sunAtPad: 'Sun at launch pad',
    landed: 'landed',
    outsideFootprint: 'outside the automatic footprint',
    inOrbitPhase: 'In orbit',
    inOrbit: 'in orbit',
    docked: 'docked',
    day: '{{elev}}° (day)',
    twilight: '{{elev}}° (twilight)',
    night: '{{elev}}° (night)',
    tleEpoch: '{{date}} UTC ({{days}} d)',
    zoneClock: '{{time}} (UTC+{{offset}})',
    noTle: 'No ISS orbit data (TLE) is loaded',
    noTleNear: 'No ISS orbit data within {{days}} days of this date',
    sgp4: 'SGP4 cannot place the ISS at this time',
  },
  charts: {
    label: 'Descent charts',
    toggle: 'Charts',
    title: 'Charts (C)',
    altKm: 'Altitude',
    airspeed: 'Speed',
    g: 'g-load',
    max: 'max {{value}}',
    canvas: '{{series}} from the deorbit burn to touchdown; drag to scrub',
    csv: 'Download data (CSV)',
    csvTitle: 'The modelled trajectory at 1 s steps and its events, as two CSV files',
  },
  worksheet: {
    student: 'Name:',
    event: 'Event',
    predict: 'I predict',
    observed: 'I observed',
    minutes: 'Minutes after the deorbit burn',
    questions: 'Questions',
  },
  loading: {
    label: 'Loading Earth',
    title: 'Loading Earth…',
    files: '{{loaded}} of {{total}} files',
  },
  help: {
    title: 'Keyboard',
    drag: 'Drag the globe to turn it; scroll or pinch to zoom.',
    missionFile:
      'Your own data: Missions ▾ → Load a mission file…, or drop a mission JSON file on the page.',
    close: 'Close',
    space: 'Space',
    reduceMotion: 'Reduce motion',
    reduceMotionWhat:
      'Camera changes cut instead of flying; controls appear and hide without fading.',
  },
  keymap: {
    play: 'Play / pause',
    step: 'Step 10 s back / forward (Shift: 1 min)',
    event: 'Next / previous event',
    clicker: 'Next / previous event, playing into it (presenter clicker)',
    ends: 'Start / end of the replay',
    faster: 'Faster / slower (through reverse)',
    reverse: 'Reverse direction',
    smart: 'Smart rate on / off (fast between events, real time at them)',
    cameras: 'Camera: Earth / follow ISS / chase Soyuz / ride along / from the ground',
    charts: 'Show or hide the descent charts',
    whatIf: 'Open or close the what-if lab (move the burn, see where it lands)',
    present: 'Presentation mode: fullscreen, large type, controls hide when idle',
    blank: 'Blank the screen, and back',
    notes: 'Show or hide the teacher’s notes for the current event',
    autoPause: 'Auto-pause: stop at each event (on in presentation mode)',
    print: 'Print a worksheet for the class',
    help: 'Show or hide this help',
    close: 'Close help',
    presenterView:
      'Presenter view: a second window with the controls and notes; this one for the projector',
  },
  scene: {
    iss: 'ISS',
    touchdownEstimated: 'Touchdown (estimated place): {{what}}',
    touchdownReported: 'Touchdown (reported): {{what}}',
    aimEstimate: 'Aim point (estimate) · {{circle}} circle',
    aimTarget: 'Aim point (target) · {{circle}} circle',
  },
  units: {
    utc: '{{time}} UTC',
    km: '{{value}} km',
    m: '{{value}} m',
    kms: '{{value}} km/s',
    ms: '{{value}} m/s',
    kPa: '{{value}} kPa',
    Pa: '{{value}} Pa',
    g: '{{value}} g',
    m2: '{{value}} m²',
    minSec: '{{m}} min {{s}} s',
    rate: '{{value}}×',
    north: '{{value}}° N',
    south: '{{value}}° S',
    east: '{{value}}° E',
    west: '{{value}}° W',
  },
  events: {
    hatch_close: 'Hatch closed',
    undock_command: 'Undock command',
    undocking: 'Undocking',
    separation_burn: 'Separation burn',
    separation_burn_1: 'Separation burn 1',
    separation_burn_2: 'Separation burn 2',
    deorbit_burn_start: 'Deorbit burn',
    deorbit_burn: 'Deorbit burn',
    deorbit_burn_end: 'Burn ends',
    module_separation: 'Module separation',
    entry_interface: 'Entry interface (100 km)',
    plasma_entry_guidance_start: 'Plasma; guided entry begins',
    plasma_start: 'Plasma blackout',
    blackout_start: 'Plasma blackout',
    blackout_end: 'Blackout ends',
    plasma_exit_max_g: 'Out of plasma; peak g',
    peak_g: 'Peak g',
    drogue_chute: 'Drogue chute',
    parachute_deploy: 'Parachute',
    parachute_command: 'Parachute command',
    main_chute: 'Main chute',
    heat_shield_jettison: 'Heat shield off',
    soft_landing_engines: 'Soft-landing engines',
    touchdown: 'Touchdown',
    landing: 'Landing',
    launch: 'Launch',
    abort: 'Launch abort',
    apogee: 'Apogee',
    on_pad: 'On the pad',
    first_stage_separation: 'Strap-on boosters separate',
    fairing_jettison: 'Fairing jettisoned',
    second_stage_separation: 'Core stage separates',
    third_stage_cutoff: 'Third stage cut-off',
    orbit_insertion: 'Orbit insertion',
    orbit_insertion_spacecraft_separation: 'Spacecraft separation',
    docking: 'Docking',
  },
  captions: {
    hatchClose:
      'The crew seal themselves into the Soyuz; the station and the ship are now two worlds.',
    undocking:
      'Springs push the Soyuz gently away from the station at 12 cm a second, slower than a crawling baby.',
    separationBurn:
      'Small thruster firings open the distance so the two spacecraft can never touch.',
    deorbitBurnTitle: 'Deorbit burn: {{dv}} retrograde for {{duration}}',
    deorbitBurn:
      'The engine fires against the direction of flight; slowing down a little lowers the far side of the orbit into the air.',
    burnCompleteTitle: 'Burn complete',
    burnComplete:
      'The Soyuz now falls along a path that meets the atmosphere in less than half an hour.',
    moduleSeparationTitle: 'Module separation at {{alt}}',
    moduleSeparation:
      'The orbital and service modules are cast off to burn up; only the descent module with the crew has a heat shield.',
    entryInterfaceTitle: 'Entry interface: {{alt}}',
    entryInterface:
      'The air is now thick enough to matter: from here it slows the capsule, and heats it.',
    blackout:
      'The air in front of the heat shield is squeezed so hard it glows as plasma, which blocks the radio for a few minutes.',
    blackoutEndTitle: 'Out of blackout',
    blackoutEnd: 'The capsule has slowed enough that the plasma fades and the radio comes back.',
    peakGTitle: 'Peak g: {{g}}',
    peakG: 'The crew feel {{g}} times their own weight pressing them into their seats.',
    aboutFour: 'about 4',
    drogueTitle: 'Drogue chute at {{alt}}',
    drogue: 'A small {{area}} parachute steadies the capsule and slows it to about {{speed}}.',
    mainTitle: 'Main canopy: {{area}}',
    main: 'A parachute as big as four tennis courts slows the fall to about {{speed}}.',
    heatShieldTitle: 'Heat shield released',
    heatShield:
      'The scorched heat shield drops away, uncovering the soft-landing engines beneath it.',
    softLanding:
      'Less than a metre above the ground, six small solid motors fire for a moment to soften the bump to about {{speed}}.',
    touchdown:
      'The crew are home, on the steppe of Kazakhstan; the recovery teams are already on their way.',
    launchTitle: 'Lift-off',
    launch: 'The rocket leaves Baikonur; in under nine minutes it will be in orbit.',
    strapOns:
      'The four empty side boosters fall away together, opening like a cross; the core stage burns on.',
    fairing:
      'The nose cover splits off: this high there is too little air left to protect the Soyuz from.',
    coreStage: 'The core stage is empty and drops away; the third stage takes over.',
    thirdStageCutoff:
      'The engine stops: the Soyuz is now going fast enough to stay in orbit, about {{speed}}.',
    orbitInsertion:
      'The Soyuz separates from the rocket and unfolds its solar panels; it will catch up with the station in two orbits.',
    docking: 'The Soyuz latches onto the station; after leak checks, the hatches open.',
  },
} as const;

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** English whole: the first load's strings and those the later parts bring (enLater.ts). */
type English = typeof en & typeof enLater;

/** The shape every language's catalogue has: en's keys, any strings. */
export type Catalogue = Strings<English>;

type Paths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Paths<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every key, dotted: 'telemetry.alt', 'events.touchdown', … */
export type Key = Paths<English>;
