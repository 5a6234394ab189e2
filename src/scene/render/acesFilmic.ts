/**
 * three.js's ACES filmic tone curve (tonemapping_pars_fragment, ACESFilmicToneMapping), on the
 * CPU: for colours given to a material that skips the curve (toneMapped: false) but must look as
 * if it had gone through it. A line that does so draws with the same shader program as the
 * descent path, which shows its palette as given; one program fewer for the first picture to
 * compile (40–95 ms each, measured on SwiftShader).
 */
export function acesFilmic(
  rgb: readonly [number, number, number],
  exposure = 1,
): [number, number, number] {
  const k = exposure / 0.6;
  const [r, g, b] = [rgb[0] * k, rgb[1] * k, rgb[2] * k];
  // ACESInputMat (the GLSL's columns, written here as rows of the product).
  const x = 0.59719 * r + 0.35458 * g + 0.04823 * b;
  const y = 0.076 * r + 0.90834 * g + 0.01566 * b;
  const z = 0.0284 * r + 0.13383 * g + 0.83777 * b;
  const [u, v, w] = [rrtAndOdtFit(x), rrtAndOdtFit(y), rrtAndOdtFit(z)];
  // ACESOutputMat.
  return [
    saturate(1.60475 * u - 0.53108 * v - 0.07367 * w),
    saturate(-0.10208 * u + 1.10813 * v - 0.00605 * w),
    saturate(-0.00327 * u - 0.07276 * v + 1.07602 * w),
  ];
}

function rrtAndOdtFit(v: number): number {
  const a = v * (v + 0.0245786) - 0.000090537;
  const b = v * (0.983729 * v + 0.432951) + 0.238081;
  return a / b;
}

const saturate = (v: number) => Math.min(1, Math.max(0, v));
