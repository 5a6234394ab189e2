/**
 * English strings that only parts fetched later show (the teacher's notes, the worksheet's
 * questions, the presenter's view, video export): kept out of the first load's catalogue and added
 * to it by ../laterEnglish.ts, which each of those parts imports. Russian and Kazakh hold these
 * keys in their own catalogues, which are fetched whole.
 */
export const enLater = {
  video: {
    title: 'Export a video',
    close: 'Close the video panel',
    help: 'Draws the replay frame by frame into a video file, with the captions, the mission’s name and the time, altitude and speed burned in. It is drawn out of sight, so the app stays usable meanwhile.',
    span: 'What to record',
    whole: 'The whole descent, smart rate',
    wholeHelp:
      'From just before the deorbit burn to just after touchdown (for a launch, the whole replay): fast between events, real time at each one.',
    between: 'From one time to another, real time',
    from: 'From (UTC)',
    to: 'To (UTC)',
    size: 'Size',
    fps: 'Frame rate',
    fpsValue: '{{fps}} frames a second',
    export: 'Export video',
    cancel: 'Cancel',
    preparing: 'Preparing the scene…',
    progress: 'Frame {{done}} of {{total}}',
    progressLabel: 'Export progress',
    left: 'about {{time}} left',
    finishing: 'Writing the file…',
    done: 'Done: {{duration}} of video, {{size}}.',
    download: 'Download {{name}}',
    cancelled: 'The export was cancelled.',
    frameTitle: 'Video export (not shown)',
    frameTimeout: 'The scene for the video did not load. Reload the page and try again.',
    noWebCodecs:
      'This browser cannot make videos: it lacks WebCodecs, the part of the web platform that encodes video. A recent Chrome, Edge, Firefox or Safari has it.',
    noCodec:
      'This browser cannot encode H.264 or VP9 video at {{size}}. Try the smaller size, or another browser.',
    badTime: '“{{value}}” is not a UTC time: write it like 2022-03-30T11:00:00Z.',
    order: 'The end must come after the start.',
    outside: 'The span must lie within this replay, from {{start}} to {{end}} UTC.',
    badSize: '{{value}} is not a size the export makes: choose 1920×1080 or 1280×720.',
    badFps: '{{value}} frames a second is not offered: choose 30 or 60.',
    badRate:
      '“{{value}}” is not a rate: give clock seconds per second of video (more than 0), or smart.',
    tooShort: 'That span is shorter than one frame of video.',
    tooLong: 'That would make more than {{max}} minutes of video. Choose a shorter span.',
    megabytes: '{{value}} MB',
    kilobytes: '{{value}} kB',
  },
  teacherNotes: {
    ui: {
      title: 'Teacher’s notes',
      now: 'Now: {{event}}',
      next: 'Next: {{event}}',
      none: 'This replay has no events to talk about.',
      noNote: 'No note for this event.',
      ask: 'Ask the class',
      answer: 'Answer',
      fact: 'One more fact',
      show: 'Show answer',
      hide: 'Hide answer',
      close: 'Close the notes',
    },
    hoursMinutes: '{{h}} h {{m}} min',
    percent: '{{value}}%',
    degrees: '{{value}}°',
    hatchClose: {
      question: 'Why is the hatch closed, and checked, well before undocking?',
      answer:
        'Both sides must be sure the hatches hold the air in: once the ships part, each has only its own air.',
      fact: 'Next the crew put on their Sokol pressure suits, which would keep them alive if the cabin lost its air.',
    },
    undocking: {
      question: 'Why does the Soyuz leave the station so slowly?',
      answer:
        'Springs push it away at only {{spring}}: this close to the station, everything must be slow and gentle so that the two ships cannot collide.',
      fact: 'After the springs, two short thruster firings, of {{burn1}} and then {{burn2}}, carry the Soyuz safely away.',
    },
    separationBurn: {
      question:
        'The Soyuz is already drifting away from the station. Why fire its thrusters as well?',
      answer:
        'The springs’ push is tiny. The firings, {{burn1}} and then {{burn2}}, open a safe distance quickly, so the station is well clear before the big deorbit burn.',
      fact: 'Together they change the speed by only {{total}}; the deorbit burn that follows changes it by {{dv}}.',
    },
    deorbitBurn: {
      question:
        'To come home, the Soyuz fires its engine against its direction of flight. Why does slowing down bring it down?',
      answer:
        'Slower, it can no longer “fall around” the Earth at the same height: the far side of its orbit dips into the atmosphere, and the air does the rest.',
      fact: 'The burn changes the speed by only {{dv}} in {{duration}}: {{share}} of the {{speed}} the Soyuz is flying at.',
      factPlain: 'The burn changes the speed by only {{dv}}, and lasts {{duration}}.',
    },
    burnEnd: {
      question: 'The engine has stopped. What brings the Soyuz down now?',
      answer:
        'Gravity alone: the Soyuz coasts along its new orbit, whose lowest part now lies inside the atmosphere.',
      fact: 'In this replay it coasts for {{coast}} before it reaches the top of the atmosphere, {{ei}} up.',
    },
    moduleSeparation: {
      question: 'Why does the Soyuz break into three parts before it meets the air?',
      answer:
        'Only the descent module, where the crew sit, has a heat shield. The orbital and service modules are cast off and burn up, so there is less to slow down and protect.',
      fact: 'Here it happens at {{alt}}. The descent module is only {{share}} of the ship’s mass at launch.',
    },
    entryInterface: {
      question: 'How fast is the capsule going as it reaches the top of the atmosphere?',
      answer: 'About {{speed}} through the air in this replay: {{perMinute}} every minute.',
      fact: 'In just {{time}} the air will slow it to {{drogue}}, when the first parachute opens.',
    },
    blackout: {
      question: 'Why can mission control not hear the crew for the next few minutes?',
      answer:
        'The air in front of the capsule is squeezed and heated so much that it turns into glowing plasma, and plasma blocks radio waves.',
      fact: 'In this replay the blackout lasts {{duration}}, from {{from}} down to {{to}}.',
      factPlain: 'The blackout begins at about {{from}} and ends at about {{to}}.',
    },
    blackoutEnd: {
      question: 'The radio works again. What has changed?',
      answer:
        'The capsule has slowed down so much that the air ahead of it no longer glows; the plasma fades and radio waves get through.',
      fact: 'Since the top of the atmosphere it has slowed from {{from}} to {{to}}.',
      factPlain: 'Radio contact comes back at about {{to}}.',
    },
    peakG: {
      question: 'How heavy do the crew feel at this moment?',
      answer: '{{g}} times their own weight, at {{alt}}, in this replay.',
      fact: 'They lie on their backs in seats moulded to each body, so the load presses them into the seat: the way the body bears it best.',
      factBallistic:
        'This capsule flew a ballistic descent, without steering its lift; steered with lift, the model’s peak would have been {{other}}.',
    },
    drogue: {
      question: 'Why does a small parachute open first, before the big one?',
      answer:
        'At about {{speed}} the huge main canopy would be torn apart; the small {{area}} drogue first slows the capsule to about {{steady}}.',
      fact: 'The drogue opens at {{alt}}; the main canopy follows at {{mainAlt}}.',
    },
    mainChute: {
      question: 'How big is the main parachute, and how fast does the capsule fall under it?',
      answer: '{{area}}, as big as four tennis courts; it slows the fall to about {{speed}}.',
      fact: 'From here the capsule takes {{duration}} to reach the ground.',
    },
    heatShield: {
      question: 'Why does the capsule drop its heat shield before landing?',
      answer:
        'Its work is done, and it covers the soft-landing engines: dropping it uncovers them for the last metre.',
      fact: 'It falls away at {{alt}}; {{duration}} of quiet descent are still to come.',
      factPlain: 'It falls away at about {{alt}}.',
    },
    softLanding: {
      question:
        'Under the main canopy the capsule still falls at about {{speed}}. How is the last bump softened?',
      answer:
        '{{motors}} small solid-fuel motors fire about {{height}} above the ground and cut the speed to about {{touch}}.',
      fact: 'The crew still feel a firm bump: their seats have shock absorbers to take it.',
    },
    touchdown: {
      question:
        'How long did the trip from the deorbit burn to the ground take, and how far did the capsule travel over the Earth?',
      answer: '{{duration}} and about {{distance}} over the ground, in this replay.',
      fact: 'It came down at {{lat}}, {{lon}}, on the steppe of Kazakhstan.',
      questionPlain: 'Why do Soyuz crews land on the steppe of Kazakhstan?',
      answerPlain:
        'It is wide, flat and nearly empty, so a capsule that comes down some way off its target is still safe and easy to reach.',
      factPlain:
        'Recovery teams with helicopters and all-terrain vehicles wait near the landing zone.',
    },
    launch: {
      question: 'Why does the rocket rise straight up at first, then tilt over?',
      answer:
        'First it climbs out of the thickest air; then it turns to build up sideways speed, because staying in orbit is about going sideways fast enough, not just being high.',
      fact: 'In this replay the Soyuz reaches orbit {{time}} after lift-off, about {{alt}} up.',
      factPlain:
        'Every crew flying to the International Space Station on a Soyuz has launched from Baikonur, in Kazakhstan.',
    },
    boosters: {
      question: 'Why does the rocket throw away its four side boosters?',
      answer:
        'Their fuel is used up, and empty tanks are dead weight: without them the rest of the rocket speeds up more on the same fuel.',
      fact: 'In this replay they fall away {{time}} after lift-off, about {{alt}} up.',
    },
    fairing: {
      question: 'Why can the rocket drop the cover over the Soyuz (the fairing) now?',
      answer:
        'Up here the air is so thin that the Soyuz no longer needs shielding from the rushing air, and the fairing would only be extra weight.',
      fact: 'In this replay it happens {{time}} after lift-off, about {{alt}} up.',
    },
    coreStage: {
      question: 'Why hand over to a third stage instead of flying the core stage all the way?',
      answer:
        'Dropping the empty core stage with its big tanks and engines leaves the small third stage far less mass to push up to orbital speed.',
      fact: 'In this replay the core stage separates {{time}} after lift-off, about {{alt}} up.',
    },
    thirdStageCutoff: {
      question: 'How fast must the Soyuz go to stay in orbit instead of falling back?',
      answer:
        'About {{speed}}, the speed the model reaches at orbit insertion: going that fast sideways, it keeps falling around the Earth instead of into it.',
      fact: 'At that speed it goes once around the Earth in about {{period}}.',
    },
    orbitInsertion: {
      question:
        'The Soyuz is in orbit, but the station is somewhere else along it. How does the Soyuz catch up?',
      answer:
        'It starts in a lower orbit, and a lower orbit is shorter and faster, so it gains on the station every lap; engine firings then raise it to meet the station.',
      fact: 'At insertion its orbit is {{perigee}} by {{apogee}} high, tilted {{incl}} to the equator, the same tilt as the station’s orbit.',
    },
    docking: {
      question: 'How long did the trip from lift-off to the station take?',
      answer: '{{duration}} in this replay, from lift-off to docking.',
      fact: 'Docking is automatic, steered by the Kurs radio system; a crew member can take over by hand if needed.',
    },
  },
  presenterDesk: {
    heading: 'Presenter',
    now: 'Now',
    next: 'Next',
    nextIn: 'in {{time}}',
    noneYet: 'Before the first event',
    noMore: 'No more events',
    lesson: 'Lesson time',
    reset: 'Restart',
    resetTitle: 'Start the lesson clock again from 0:00',
    screenOn: 'Projector window connected',
    screenOff:
      'Projector window not connected: press V in the window on the projector, or open this link there with view=screen.',
    preview: 'Live preview of the projector window',
    screenLeft: 'The projector window closed; this window shows the whole app again.',
    presenterLeft: 'The presenter’s window closed; this window has its controls back.',
    ended: 'The presenter’s view was ended in the other window.',
    unknownMission:
      'The other window opened a mission this one does not have ({{id}}); it stays on its own.',
  },
} as const;
