import { currentReplay } from '../replay/currentReplay';
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Raycaster, Sphere, Vector2, Vector3 } from 'three';
import { t, useLang } from '../i18n';
import { lab, resultVisible, useLab } from './labStore';
import { ecefToGeodetic } from '../physics/frames';
import { WGS84_A_KM } from '../physics/constants';
import { formatUnit } from '../i18n/format';
import { compareLandings } from './whatIf';
import { useClock } from '../clock/clockStore';
import { useClockStore } from '../clock/ClockContext';
import { AlternativeDescent } from '../scene/landing/AlternativeDescent';
import { TEAM_COLOUR } from './teams';
import { GroundMarker } from '../scene/landing/GroundMarker';

/** Okabe–Ito reddish purple: apart from the phase colours, the comparison's blue and the teams'. */
const WHAT_IF_COLOUR = '#cc79a7';
/** A press that moves further than this is a drag of the view, not a click for a pin. */
const CLICK_SLOP_PX = 5;

/** The what-if lab in the scene: the class's descent and the teams' pins. A child of <Earth>. */
export function LabLayer() {
  const open = useLab((s) => s.open);
  const result = useLab((s) => s.result);
  const baseline = useLab((s) => s.baseline);
  const visible = useLab(resultVisible);
  const pins = useLab((s) => s.pins);
  const labMission = useLab((s) => s.missionId);
  const placing = useLab((s) => s.predicting && !s.revealed);
  const clock = useClockStore();
  const missionId = useClock(clock, (s) => s.missionId);
  useLang();
  if (!open || labMission !== missionId) return null;
  const real = currentReplay(missionId).replay?.descent ?? null;
  // Like with like: a what-if in the other mode is measured against the same burn in that mode.
  const ref = baseline ?? real;
  const km = result && ref ? compareLandings(ref, result).distanceKm : null;
  return (
    <>
      {placing && <PinDropper />}
      {result && visible && km !== null && (
        <AlternativeDescent
          descent={result}
          colour={WHAT_IF_COLOUR}
          label={
            baseline
              ? t('whatIf.sceneLabelSameMode', {
                  distance: formatUnit('km', km),
                  mode: t(
                    baseline.mode === 'ballistic' ? 'whatIf.modeBallistic' : 'whatIf.modeGuided',
                  ),
                })
              : t('whatIf.sceneLabel', { distance: formatUnit('km', km) })
          }
          name="what-if-path"
        />
      )}
      {pins.map((p) => (
        <GroundMarker
          key={p.team}
          lat={p.lat}
          lon={p.lon}
          colour={TEAM_COLOUR[p.team]}
          label={t('labTeams.team', { team: p.team })}
          name={`what-if-pin-${p.team}`}
        />
      ))}
    </>
  );
}

/**
 * A click on the globe (not a drag of the view) drops the chosen team's pin there (or moves it): the ray from the
 * camera through the pointer meets the Earth sphere, and the point goes back into Earth-fixed
 * coordinates, then latitude and longitude.
 */
function PinDropper() {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const scene = useThree((s) => s.scene);
  useEffect(() => {
    const el = gl.domElement;
    let down: { x: number; y: number } | null = null;
    const ray = new Raycaster();
    const ndc = new Vector2();
    const hit = new Vector3();
    const onDown = (e: PointerEvent) => {
      down = { x: e.clientX, y: e.clientY };
    };
    const onUp = (e: PointerEvent) => {
      if (!down || Math.hypot(e.clientX - down.x, e.clientY - down.y) > CLICK_SLOP_PX) return;
      down = null;
      const earth = scene.getObjectByName('earth-fixed');
      if (!earth) return;
      const rect = el.getBoundingClientRect();
      ndc.set(
        ((e.clientX - rect.left) / rect.width) * 2 - 1,
        -((e.clientY - rect.top) / rect.height) * 2 + 1,
      );
      ray.setFromCamera(ndc, camera);
      const centre = earth.getWorldPosition(new Vector3());
      if (!ray.ray.intersectSphere(new Sphere(centre, WGS84_A_KM), hit)) return;
      const p = earth.worldToLocal(hit);
      // Scene axes are (x, z, −y) of Earth-fixed ones.
      const g = ecefToGeodetic([p.x, -p.z, p.y]);
      lab.getState().dropPin({ lat: (g.lat * 180) / Math.PI, lon: (g.lon * 180) / Math.PI });
    };
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointerup', onUp);
    return () => {
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointerup', onUp);
    };
  }, [gl, camera, scene]);
  return null;
}
