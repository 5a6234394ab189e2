import { describe, expect, it } from 'vitest';
import {
  chuteCdA,
  derivative,
  newDiagnostics,
  newVehicle,
  rk4Step,
} from '../../../../src/physics/descent/dynamics';
import * as dynamics from '../../../../src/physics/descent/dynamics';
import { geodeticAltKm } from '../../../../src/physics/frames';
import { gravityJ2 } from '../../../../src/physics/earth/gravity';
import { OMEGA_EARTH_RAD_S } from '../../../../src/physics/constants';
import { densityKgM3 } from '../../../../src/physics/earth/atmosphere';

/** A state at 70 km over the equator, flying east at 7 km/s inertial. */
const state = () => Float64Array.of(6378.137 + 70, 0, 0, 0, 7, 0);

describe('derivative', () => {
  it('in vacuum (no drag area) is gravity alone', () => {
    const veh = newVehicle();
    const s = Float64Array.of(7000, 0, 0, 0, 7.5, 0);
    const out = new Float64Array(6);
    derivative(0, s, veh, out);
    const g = new Float64Array(3);
    gravityJ2(7000, 0, 0, g);
    expect(Array.from(out)).toEqual([0, 7.5, 0, g[0], g[1], g[2]]);
  });

  it('returns its diagnostics in the object it is given, and keeps no module global', () => {
    expect('diag' in dynamics).toBe(false);
    const veh = newVehicle();
    veh.massKg = 2900;
    veh.areaM2 = 3.8;
    veh.cd = 1.2;
    const s = state();
    const d = newDiagnostics();
    const out = new Float64Array(6);
    derivative(0, s, veh, out, d);
    expect(d.altKm).toBeCloseTo(geodeticAltKm(s[0]!, s[1]!, s[2]!), 12);
    const air = 7 - OMEGA_EARTH_RAD_S * s[0]!;
    expect(d.airspeedKms).toBeCloseTo(air, 12);
    expect(d.rhoKgM3).toBeCloseTo(densityKgM3(70), 15);
    expect(d.qPa).toBeCloseTo(0.5 * d.rhoKgM3 * (air * 1000) ** 2, 6);
    expect(d.mach).toBeGreaterThan(20);
    // Sensed load = drag alone here: q Cd S / m.
    expect(d.sensedKms2).toBeCloseTo((d.qPa * 1.2 * 3.8) / 2900 / 1000, 15);
    // A second call without diagnostics leaves them alone.
    const before = { ...d };
    derivative(0, Float64Array.of(7000, 0, 0, 0, 7.5, 0), veh, out);
    expect(d).toEqual(before);
  });

  it('drag opposes the airflow; lift at zero bank points up; thrust opposes the velocity', () => {
    const veh = newVehicle();
    veh.massKg = 2900;
    veh.areaM2 = 3.8;
    veh.cd = 1.2;
    const s = state();
    const base = new Float64Array(6);
    derivative(0, s, newVehicle(), base); // no area: gravity only
    const out = new Float64Array(6);
    derivative(0, s, veh, out);
    expect(out[4]! - base[4]!).toBeLessThan(0); // drag slows the eastward flight
    veh.machCd = true;
    veh.liftToDrag = 0.3;
    veh.bankCos = 1;
    veh.bankSin = 0;
    derivative(0, s, veh, out);
    expect(out[3]! - base[3]!).toBeGreaterThan(0); // lift up: radially outward (x)
    const thrust = newVehicle();
    thrust.thrustKms2 = 1e-3;
    derivative(0, Float64Array.of(7000, 0, 0, 0, 7.5, 0), thrust, out);
    const g = new Float64Array(3);
    gravityJ2(7000, 0, 0, g);
    expect(out[4]! - g[1]!).toBeCloseTo(-1e-3, 15);
  });
});

describe('chuteCdA', () => {
  it('ramps linearly from one canopy to the next over the opening time', () => {
    const veh = newVehicle();
    expect(chuteCdA(veh, 10)).toBe(0);
    veh.chuteFrom = 10;
    veh.chuteTo = 110;
    veh.chuteStartS = 100;
    veh.chuteRampS = 10;
    expect(chuteCdA(veh, 99)).toBe(10);
    expect(chuteCdA(veh, 105)).toBe(60);
    expect(chuteCdA(veh, 200)).toBe(110);
  });
});

describe('rk4Step', () => {
  it('keeps a vacuum orbit on its energy to a millimetre per second squared over an orbit', () => {
    const veh = newVehicle();
    const s = Float64Array.of(7000, 0, 0, 0, Math.sqrt(398600.4418 / 7000), 0);
    const energy = (x: Float64Array) =>
      0.5 * (x[3]! ** 2 + x[4]! ** 2 + x[5]! ** 2) - 398600.4418 / Math.hypot(x[0]!, x[1]!, x[2]!);
    const e0 = energy(s);
    for (let i = 0; i < 580; i++) rk4Step(i * 10, s, 10, veh, s);
    expect(Math.abs(energy(s) - e0)).toBeLessThan(1e-3); // J2 changes it a little, too
  });
});
