import { useCurrentReplay } from '../replay/useCurrentReplay';
import { DEG } from '../physics/constants';
import { haversineKm } from '../physics/frames';
import { t, useLang } from '../i18n';
import { formatUnit } from '../i18n/format';
import { AlternativeDescent } from './landing/AlternativeDescent';
import { DescentPath } from './landing/DescentPath';
import { lazyPart } from '../common/lazyPart';
import { LandingZone } from './landing/LandingZone';
import { RideWindow } from './soyuz/RideWindow';
import { Soyuz } from './soyuz/Soyuz';

/**
 * The launch scene is a chunk of its own, fetched for a replay with a launch (or when idle after
 * ready). A link that opens on one holds the first picture until it is there.
 */
const launch = lazyPart(() => import('./launch/LaunchLayer').then((m) => m.LaunchLayer), {
  placeholder: 'none',
  inFirstPicture: true,
});

/** The current mission's modelled descent or approximate ascent: its path and the Soyuz on it. */
export function ReplayLayer() {
  const replay = useCurrentReplay().replay;
  const descent = replay?.descent ?? null;
  const ascent = replay?.ascent ?? null;
  return (
    <>
      {descent && <DescentPath descent={descent} />}
      <Soyuz />
      {descent && <RideWindow />}
      {ascent && <launch.Part ascent={ascent} />}
    </>
  );
}

/** The current mission's landing zone; a child of <Earth>, in the Earth-fixed frame. */
export function LandingZoneLayer() {
  const { mission, replay } = useCurrentReplay();
  const descent = replay?.descent;
  if (!descent || !replay.aim) return null;
  const landing = mission?.landing;
  const reported =
    landing && landing.lat !== null && landing.lon !== null
      ? { lat: landing.lat, lon: landing.lon }
      : null;
  return (
    <LandingZone
      aim={replay.aim}
      modelled={descent.touchdown}
      reported={reported}
      // A reconstructed replay's aim is where it came down, not a target with a guided zone.
      guidedZone={replay.orbitSource !== 'reconstructed'}
    />
  );
}

/** Okabe–Ito sky blue: apart from the phase colours and the amber ground track for every eye. */
const COMPARISON_COLOUR = '#56b4e9';

/** The same burn flown in the other mode (TMA-11: guided), where the replay has one. */
export function ComparisonLayer() {
  const { replay } = useCurrentReplay();
  useLang();
  const descent = replay?.descent;
  const other = replay?.comparison;
  if (!descent || !other) return null;
  const a = descent.touchdown;
  const b = other.touchdown;
  const km = haversineKm(a.lat * DEG, a.lon * DEG, b.lat * DEG, b.lon * DEG);
  // Short: it sits on the globe beside the site labels. A guided return flies further on.
  const distance = formatUnit('km', km);
  const label =
    other.mode === 'guided'
      ? t('reconstruction.guidedFurther', { distance })
      : t('reconstruction.ballisticShorter', { distance });
  return (
    <AlternativeDescent
      descent={other}
      colour={COMPARISON_COLOUR}
      label={label}
      name="comparison-path"
    />
  );
}
