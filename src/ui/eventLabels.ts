/** Words for the event names the physics and the data use, for markers, captions and readouts. */
const LABELS: Readonly<Record<string, string>> = {
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
  blackout_start: 'Plasma blackout',
  blackout_end: 'Blackout ends',
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
  on_pad: 'On the pad',
  first_stage_separation: 'Strap-on boosters separate',
  fairing_jettison: 'Fairing jettisoned',
  second_stage_separation: 'Core stage separates',
  third_stage_cutoff: 'Third stage cut-off',
  orbit_insertion: 'Orbit insertion',
  orbit_insertion_spacecraft_separation: 'Spacecraft separation',
  docking: 'Docking',
};

export function eventLabel(type: string): string {
  const known = LABELS[type];
  if (known) return known;
  const words = type.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "2:31" or "1:02:31": a countdown a class can read at a glance. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
