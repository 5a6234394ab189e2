/**
 * The moments docs/gallery.md shows: every event of the MS-19 return and the MS-22 launch, each
 * a few seconds in (so the event's effect is under way), in the chase view and, where the craft
 * is in sight of the ground, the ground view. Times come from the replay's own event list.
 */
import { findMission } from '../../src/data/catalog';
import { missionClock } from '../../src/replay/missionClock';
import { formatUtc } from '../../src/physics/time';

export type GalleryCamera = 'soyuz' | 'ground' | 'ride' | 'iss' | 'earth';

export interface Moment {
  slug: string;
  title: string;
  /** What the picture should show, for the person checking it. */
  shows: string;
  mission: string;
  utc: string;
  cameras: GalleryCamera[];
}

interface Spec {
  slug: string;
  title: string;
  shows: string;
  /** A clock event, or 'undocking' (reported) */
  event: string;
  offsetS: number;
  cameras: GalleryCamera[];
}

const MS19: Spec[] = [
  {
    slug: 'docked',
    title: 'Docked',
    shows: 'Soyuz MS-19 at Rassvet’s nadir port, half a minute before undocking',
    event: 'undocking',
    offsetS: -30,
    cameras: ['soyuz', 'iss'],
  },
  {
    slug: 'undocking',
    title: 'Undocking',
    shows: 'springs push the Soyuz away at 0.12 m/s',
    event: 'undocking',
    offsetS: 100,
    cameras: ['soyuz', 'ride'],
  },
  {
    slug: 'separation-burn-1',
    title: 'Separation burn 1',
    shows: 'the first of the two small burns, 3 min after undocking',
    event: 'undocking',
    offsetS: 184,
    cameras: ['soyuz'],
  },
  {
    slug: 'deorbit-burn',
    title: 'Deorbit burn',
    shows: 'engine first, the plume through the 4 min 40 s burn',
    event: 'deorbit_burn_start',
    offsetS: 60,
    cameras: ['soyuz', 'earth'],
  },
  {
    slug: 'module-separation',
    title: 'Module separation',
    shows: 'the three modules part; the descent module turns heat shield forward',
    event: 'module_separation',
    offsetS: 12,
    cameras: ['soyuz'],
  },
  {
    slug: 'entry-interface',
    title: 'Entry interface (100 km)',
    shows: 'the air begins to heat the shield',
    event: 'entry_interface',
    offsetS: 20,
    cameras: ['soyuz'],
  },
  {
    slug: 'blackout',
    title: 'Plasma blackout',
    shows: 'the sheath glows on the heat shield with a wake behind',
    event: 'blackout_start',
    offsetS: 120,
    cameras: ['soyuz', 'ride'],
  },
  {
    slug: 'peak-g',
    title: 'Peak g',
    shows: 'the hardest deceleration',
    event: 'peak_g',
    offsetS: 0,
    cameras: ['soyuz'],
  },
  {
    slug: 'drogue',
    title: 'Drogue chute',
    shows: 'the 24 m² drogue slows the capsule',
    event: 'drogue_chute',
    offsetS: 6,
    cameras: ['soyuz', 'ground'],
  },
  {
    slug: 'main-chute',
    title: 'Main chute',
    shows: 'the main canopy, the capsule hanging at 30°',
    event: 'main_chute',
    offsetS: 30,
    cameras: ['soyuz', 'ground'],
  },
  {
    slug: 'heat-shield-off',
    title: 'Heat shield off',
    shows: 'the heat shield falls away; the capsule re-rigs to hang vertically',
    event: 'heat_shield_jettison',
    offsetS: 4,
    cameras: ['soyuz', 'ground'],
  },
  {
    slug: 'soft-landing',
    title: 'Soft-landing engines',
    shows: 'six motors flash at 0.8 m, with a burst of dust',
    event: 'soft_landing_engines',
    offsetS: 0,
    cameras: ['soyuz', 'ground'],
  },
  {
    slug: 'on-the-steppe',
    title: 'On the steppe',
    shows: 'MS-19 landed upright and the wind tipped it onto its side; the canopy on the ground',
    event: 'touchdown',
    offsetS: 60,
    cameras: ['soyuz', 'ground'],
  },
];

const MS22: Spec[] = [
  {
    slug: 'launch-pad',
    title: 'On the pad',
    shows: 'Soyuz-2.1a at Site 31, in the support arms',
    event: 'launch',
    offsetS: -20,
    cameras: ['soyuz', 'ground'],
  },
  {
    slug: 'lift-off',
    title: 'Lift-off',
    shows: 'the arms swing back, flame and smoke from the trench',
    event: 'launch',
    offsetS: 4,
    cameras: ['soyuz', 'ground'],
  },
  {
    slug: 'climb',
    title: 'Climbing',
    shows: 'half a minute into the flight',
    event: 'launch',
    offsetS: 30,
    cameras: ['soyuz', 'ground'],
  },
  {
    slug: 'docking',
    title: 'Docking',
    shows: 'the final approach to Rassvet',
    event: 'docking',
    offsetS: -60,
    cameras: ['soyuz'],
  },
];

function resolve(missionId: string, specs: Spec[]): Moment[] {
  const mission = findMission(missionId);
  if (!mission) throw new Error(`gallery: no mission ${missionId} in the catalogue`);
  const clock = missionClock(mission);
  const undock = mission.timeline.find((e) => e.event === 'undocking')?.time_utc;
  return specs.map((s) => {
    const at =
      s.event === 'undocking' && undock
        ? Date.parse(undock)
        : clock.events.find((e) => e.type === s.event)?.utcMs;
    if (at === undefined) throw new Error(`gallery: ${missionId} has no event ${s.event}`);
    return {
      slug: `${mission.mission.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${s.slug}`,
      title: `${mission.mission}: ${s.title}`,
      shows: s.shows,
      mission: missionId,
      utc: formatUtc(at + s.offsetS * 1000),
      cameras: s.cameras,
    };
  });
}

export function galleryMoments(): Moment[] {
  return [...resolve('soyuz-ms-19-landing', MS19), ...resolve('soyuz-ms-22-launch', MS22)];
}
