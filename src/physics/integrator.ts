/**
 * The one integrator of the physics: classical fourth-order Runge–Kutta on a state array, shared
 * by the descent (descent/dynamics.ts) and the ascent's free insertion orbit (ascent/).
 */

/** ds/dt at (t, s) into `out`; `ctx` is whatever the equations need (a vehicle, nothing). */
export type Derivative<C> = (t: number, s: Float64Array, ctx: C, out: Float64Array) => void;

let k1 = new Float64Array(6);
let k2 = new Float64Array(6);
let k3 = new Float64Array(6);
let k4 = new Float64Array(6);
let tmp = new Float64Array(6);

/** One classical Runge–Kutta step of `dt` from (t, s); `out` may be `s`. Allocates nothing. */
export function rk4<C>(
  f: Derivative<C>,
  ctx: C,
  t: number,
  s: Float64Array,
  dt: number,
  out: Float64Array,
): void {
  const n = s.length;
  if (tmp.length < n) {
    k1 = new Float64Array(n);
    k2 = new Float64Array(n);
    k3 = new Float64Array(n);
    k4 = new Float64Array(n);
    tmp = new Float64Array(n);
  }
  f(t, s, ctx, k1);
  for (let i = 0; i < n; i++) tmp[i] = s[i]! + 0.5 * dt * k1[i]!;
  f(t + 0.5 * dt, tmp, ctx, k2);
  for (let i = 0; i < n; i++) tmp[i] = s[i]! + 0.5 * dt * k2[i]!;
  f(t + 0.5 * dt, tmp, ctx, k3);
  for (let i = 0; i < n; i++) tmp[i] = s[i]! + dt * k3[i]!;
  f(t + dt, tmp, ctx, k4);
  for (let i = 0; i < n; i++) {
    out[i] = s[i]! + (dt / 6) * (k1[i]! + 2 * k2[i]! + 2 * k3[i]! + k4[i]!);
  }
}
