import type { DescentResult } from '../physics/descent';
import { DEORBIT, PARACHUTES, SEPARATION, ENTRY_INTERFACE_KM } from '../physics/spacecraft';
import { eventLabel } from './eventLabels';

/** A caption for one event: a headline with its figures, and one sentence a 14-year-old follows. */
export interface Caption {
  title: string;
  explain: string;
}

const burnMinSec = () => {
  const m = Math.floor(DEORBIT.durationS / 60);
  const s = DEORBIT.durationS % 60;
  return `${m} min ${s} s`;
};

/**
 * The caption for an event. Figures come from the physics' sourced constants
 * (src/physics/spacecraft.ts) or from this replay's modelled descent, never typed in here.
 */
export function eventCaption(type: string, descent: DescentResult | null): Caption {
  const at = (t: string) => descent?.events.find((e) => e.type === t);
  const km = (t: string) => {
    const e = at(t);
    return e ? `${e.altKm >= 10 ? e.altKm.toFixed(0) : e.altKm.toFixed(1)} km` : null;
  };
  switch (type) {
    case 'hatch_close':
      return {
        title: 'Hatch closed',
        explain:
          'The crew seal themselves into the Soyuz; the station and the ship are now two worlds.',
      };
    case 'undock_command':
    case 'undocking':
      return {
        title: 'Undocking',
        explain:
          'Springs push the Soyuz gently away from the station, at about the speed of a slow walk.',
      };
    case 'separation_burn':
    case 'separation_burn_1':
    case 'separation_burn_2':
      return {
        title: eventLabel(type),
        explain: 'Small thruster firings open the distance so the two spacecraft can never touch.',
      };
    case 'deorbit_burn_start':
    case 'deorbit_burn':
      return {
        title: `Deorbit burn: ${DEORBIT.deltaVms} m/s retrograde for ${burnMinSec()}`,
        explain:
          'The engine fires against the direction of flight; slowing down a little lowers the far side of the orbit into the air.',
      };
    case 'deorbit_burn_end':
      return {
        title: 'Burn complete',
        explain:
          'The Soyuz now falls along a path that meets the atmosphere about half an hour later, over Africa and Asia.',
      };
    case 'module_separation':
      return {
        title: `Module separation at ${km('module_separation') ?? `${SEPARATION.altKm} km`}`,
        explain:
          'The orbital and service modules are cast off to burn up; only the descent module with the crew has a heat shield.',
      };
    case 'entry_interface':
      return {
        title: `Entry interface: ${ENTRY_INTERFACE_KM} km`,
        explain:
          'The air is now thick enough to matter: from here it slows the capsule, and heats it.',
      };
    case 'blackout_start':
    case 'plasma_start':
      return {
        title: 'Plasma blackout',
        explain:
          'The air in front of the heat shield is squeezed so hard it glows as plasma, which blocks the radio for a few minutes.',
      };
    case 'blackout_end':
      return {
        title: 'Out of blackout',
        explain: 'The capsule has slowed enough that the plasma fades and the radio comes back.',
      };
    case 'peak_g': {
      const g = descent ? `${descent.peakG.toFixed(1)} g` : 'about 4 g';
      return {
        title: `Peak g: ${g}`,
        explain: `The crew feel ${descent ? descent.peakG.toFixed(1) : 'about 4'} times their own weight pressing them into their seats.`,
      };
    }
    case 'drogue_chute':
    case 'parachute_deploy':
    case 'parachute_command':
      return {
        title: `Drogue chute at ${km('drogue_chute') ?? `${PARACHUTES.drogueAltKm} km`}`,
        explain: `A small ${PARACHUTES.drogueAreaM2} m² parachute steadies the capsule and slows it to about ${PARACHUTES.drogueSteadySpeedMs} m/s.`,
      };
    case 'main_chute':
      return {
        title: `Main canopy: ${PARACHUTES.mainAreaM2.toLocaleString('en')} m²`,
        explain: `A parachute as big as four tennis courts slows the fall to about ${PARACHUTES.mainSteadySpeedMs} m/s.`,
      };
    case 'heat_shield_jettison':
      return {
        title: 'Heat shield released',
        explain:
          'The scorched heat shield drops away, uncovering the soft-landing engines beneath it.',
      };
    case 'soft_landing_engines':
      return {
        title: 'Soft-landing engines',
        explain: `Less than a metre above the ground, six small solid motors fire for a moment to soften the bump to about ${PARACHUTES.touchdownSpeedMs} m/s.`,
      };
    case 'touchdown':
    case 'landing':
      return {
        title: 'Touchdown',
        explain:
          'The crew are home, on the steppe of Kazakhstan; the recovery teams are already on their way.',
      };
    case 'launch':
      return {
        title: 'Lift-off',
        explain: 'The rocket leaves Baikonur; in under nine minutes it will be in orbit.',
      };
    case 'first_stage_separation':
      return {
        title: 'Strap-on boosters separate',
        explain:
          'The four empty side boosters fall away together, opening like a cross; the core stage burns on.',
      };
    case 'fairing_jettison':
      return {
        title: 'Fairing jettisoned',
        explain:
          'The nose cover splits off: this high there is too little air left to protect the Soyuz from.',
      };
    case 'second_stage_separation':
      return {
        title: 'Core stage separates',
        explain: 'The core stage is empty and drops away; the third stage takes over.',
      };
    case 'third_stage_cutoff':
      return {
        title: 'Third stage cut-off',
        explain:
          'The engine stops: the Soyuz is now going fast enough to stay in orbit, about 7.8 km/s.',
      };
    case 'orbit_insertion':
    case 'orbit_insertion_spacecraft_separation':
      return {
        title: 'Orbit insertion',
        explain:
          'The Soyuz separates from the rocket and unfolds its solar panels; it will catch up with the station in two orbits.',
      };
    case 'docking':
      return {
        title: 'Docking',
        explain: 'The Soyuz latches onto the station; after leak checks, the hatches open.',
      };
    default:
      return { title: eventLabel(type), explain: '' };
  }
}
