import {
  DataTexture,
  LinearFilter,
  LinearMipmapLinearFilter,
  RGBAFormat,
  SRGBColorSpace,
  type Texture,
} from 'three';

/**
 * The station's surface patterns, drawn in code into small data textures (nothing is fetched,
 * and DataTexture needs no canvas, so the model also builds in Node for the unit tests).
 */

type Paint = (u: number, v: number) => readonly [r: number, g: number, b: number, a: number];

function paint(width: number, height: number, at: Paint, srgb = true): Texture {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b, a] = at((x + 0.5) / width, (y + 0.5) / height);
      const o = (y * width + x) * 4;
      data[o] = r;
      data[o + 1] = g;
      data[o + 2] = b;
      data[o + 3] = a;
    }
  }
  const t = new DataTexture(data, width, height, RGBAFormat);
  if (srgb) t.colorSpace = SRGBColorSpace;
  t.magFilter = LinearFilter;
  t.minFilter = LinearMipmapLinearFilter;
  t.generateMipmaps = true;
  t.needsUpdate = true;
  return t;
}

/** Whether `x` (0..1) falls within `w` of a grid line every 1/n. */
const onGrid = (x: number, n: number, w: number) => Math.abs(x * n - Math.round(x * n)) < w * n;

/**
 * One US solar-array wing, u across (two blankets with the mast's gap between them), v along its
 * 35 m: amber-gold cells in a fine grid, as the wings look in daylight photographs. The number
 * of cells is a drawing choice, not a count of the real ones.
 */
export function usArrayTexture(): Texture {
  return paint(64, 256, (u, v) => {
    if (Math.abs(u - 0.5) < 0.04) return [20, 18, 16, 255];
    if (onGrid(u, 8, 0.012) || onGrid(v, 40, 0.003)) return [70, 52, 28, 255];
    // A faint lengthwise shading, as the blanket is not perfectly flat.
    const k = 0.9 + 0.1 * Math.sin(v * 60);
    return [Math.round(196 * k), Math.round(132 * k), Math.round(48 * k), 255];
  });
}

/** The Russian segment's arrays: dark blue cells with light seams (as Zvezda's wings look). */
export function ruArrayTexture(): Texture {
  return paint(64, 64, (u, v) =>
    onGrid(u, 6, 0.015) || onGrid(v, 4, 0.015) ? [150, 150, 160, 255] : [28, 44, 96, 255],
  );
}

/** Radiator panels: white, with the seams between the eight panels of each radiator. */
export function radiatorTexture(): Texture {
  return paint(16, 128, (_u, v) =>
    onGrid(v, 8, 0.01) ? [120, 120, 125, 255] : [244, 244, 240, 255],
  );
}

/**
 * The integrated truss's open lattice: a square frame with one diagonal per bay, transparent
 * between (drawn with alphaTest, so it needs no sorting). White where it stands: the material's
 * grey is its colour.
 */
export function latticeTexture(): Texture {
  const bar = 0.09;
  return paint(64, 64, (u, v) => {
    const frame = u < bar || u > 1 - bar || v < bar || v > 1 - bar;
    const diagonal = Math.abs(u - v) < bar * 0.8;
    // White in the holes too: filtering at a bar's edge must not darken the grey that stays.
    return [255, 255, 255, frame || diagonal ? 255 : 0];
  });
}
