import { t } from '../../i18n';
import type { DescentResult } from '../../physics/descent';
import { DEORBIT, PARACHUTES, SEPARATION, ENTRY_INTERFACE_KM } from '../../physics/spacecraft';
import { eventLabel } from '../timeline/eventLabels';
import { formatMinSec, formatNumber, formatUnit } from '../../i18n/format';

/** A caption for one event: a headline with its figures, and one sentence a 14-year-old follows. */
export interface Caption {
  title: string;
  explain: string;
}

/** Orbital speed at third-stage cut-off, km/s, as the caption quotes it. */
const ORBITAL_SPEED_KMS = 7.8;

/**
 * The caption for an event, in the current language. Figures come from the physics' sourced
 * constants (src/physics/spacecraft.ts) or from this replay's modelled descent, never typed in here.
 */
export function eventCaption(type: string, descent: DescentResult | null): Caption {
  const at = (type: string) => descent?.events.find((e) => e.type === type);
  const km = (type: string, fallbackKm: number) => {
    const e = at(type);
    return e
      ? formatUnit('km', e.altKm, e.altKm >= 10 ? 0 : 1)
      : formatUnit('km', fallbackKm, 'as is');
  };
  const ms = (v: number) => formatUnit('ms', v, 'as is');
  const label = (title: string, explain: string) => ({ title, explain });
  switch (type) {
    case 'hatch_close':
      return label(eventLabel('hatch_close'), t('captions.hatchClose'));
    case 'undock_command':
    case 'undocking':
      return label(eventLabel('undocking'), t('captions.undocking'));
    case 'separation_burn':
    case 'separation_burn_1':
    case 'separation_burn_2':
      return label(eventLabel(type), t('captions.separationBurn'));
    case 'deorbit_burn_start':
    case 'deorbit_burn':
      return label(
        t('captions.deorbitBurnTitle', {
          dv: ms(DEORBIT.deltaVms),
          duration: formatMinSec(DEORBIT.durationS),
        }),
        t('captions.deorbitBurn'),
      );
    case 'deorbit_burn_end':
      return label(t('captions.burnCompleteTitle'), t('captions.burnComplete'));
    case 'module_separation':
      return label(
        t('captions.moduleSeparationTitle', { alt: km('module_separation', SEPARATION.altKm) }),
        t('captions.moduleSeparation'),
      );
    case 'entry_interface':
      return label(
        t('captions.entryInterfaceTitle', { alt: formatUnit('km', ENTRY_INTERFACE_KM, 'as is') }),
        t('captions.entryInterface'),
      );
    case 'blackout_start':
    case 'plasma_start':
      return label(eventLabel('blackout_start'), t('captions.blackout'));
    case 'blackout_end':
      return label(t('captions.blackoutEndTitle'), t('captions.blackoutEnd'));
    case 'peak_g': {
      const g = descent ? formatNumber(descent.peakG, 1) : t('captions.aboutFour');
      return label(
        t('captions.peakGTitle', { g: t('units.g', { value: g }) }),
        t('captions.peakG', { g }),
      );
    }
    case 'drogue_chute':
    case 'parachute_deploy':
    case 'parachute_command':
      return label(
        t('captions.drogueTitle', { alt: km('drogue_chute', PARACHUTES.drogueAltKm) }),
        t('captions.drogue', {
          area: formatUnit('m2', PARACHUTES.drogueAreaM2, 'as is'),
          speed: ms(PARACHUTES.drogueSteadySpeedMs),
        }),
      );
    case 'main_chute':
      return label(
        t('captions.mainTitle', { area: formatUnit('m2', PARACHUTES.mainAreaM2, 'as is') }),
        t('captions.main', { speed: ms(PARACHUTES.mainSteadySpeedMs) }),
      );
    case 'heat_shield_jettison':
      return label(t('captions.heatShieldTitle'), t('captions.heatShield'));
    case 'soft_landing_engines':
      return label(
        eventLabel('soft_landing_engines'),
        t('captions.softLanding', { speed: ms(PARACHUTES.touchdownSpeedMs) }),
      );
    case 'touchdown':
    case 'landing':
      return label(eventLabel('touchdown'), t('captions.touchdown'));
    case 'launch':
      return label(t('captions.launchTitle'), t('captions.launch'));
    case 'first_stage_separation':
      return label(eventLabel(type), t('captions.strapOns'));
    case 'fairing_jettison':
      return label(eventLabel(type), t('captions.fairing'));
    case 'second_stage_separation':
      return label(eventLabel(type), t('captions.coreStage'));
    case 'third_stage_cutoff':
      return label(
        eventLabel(type),
        t('captions.thirdStageCutoff', { speed: formatUnit('kms', ORBITAL_SPEED_KMS, 1) }),
      );
    case 'orbit_insertion':
    case 'orbit_insertion_spacecraft_separation':
      return label(eventLabel('orbit_insertion'), t('captions.orbitInsertion'));
    case 'docking':
      return label(eventLabel('docking'), t('captions.docking'));
    default:
      return label(eventLabel(type), '');
  }
}
