import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

/**
 * Advance widths of the app's own font (Inter, from @fontsource, the files the page loads), read
 * from its WOFF files: enough of the format to measure a label without a browser. Kerning is left
 * out (it narrows a label by a percent or two, so the measure errs on the wide side).
 */
export interface FontMetrics {
  unitsPerEm: number;
  /** Advance width in font units of each code point the font has. */
  advance: Map<number, number>;
}

function tables(file: string): Map<string, Buffer> {
  const buf = readFileSync(file);
  const count = buf.readUInt16BE(12);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const at = 44 + i * 20;
    const tag = buf.toString('latin1', at, at + 4);
    const offset = buf.readUInt32BE(at + 4);
    const compLength = buf.readUInt32BE(at + 8);
    const origLength = buf.readUInt32BE(at + 12);
    const raw = buf.subarray(offset, offset + compLength);
    out.set(tag, compLength < origLength ? inflateSync(raw) : raw);
  }
  return out;
}

/** Code point → glyph index, from a format 4 or format 12 cmap subtable. */
function cmap(table: Buffer): Map<number, number> {
  const map = new Map<number, number>();
  const n = table.readUInt16BE(2);
  for (let i = 0; i < n; i++) {
    const sub = table.readUInt32BE(4 + i * 8 + 4);
    const format = table.readUInt16BE(sub);
    if (format === 4) {
      const segX2 = table.readUInt16BE(sub + 6);
      const ends = sub + 14;
      const starts = ends + segX2 + 2;
      const deltas = starts + segX2;
      const ranges = deltas + segX2;
      for (let s = 0; s < segX2 / 2; s++) {
        const end = table.readUInt16BE(ends + s * 2);
        const start = table.readUInt16BE(starts + s * 2);
        const delta = table.readInt16BE(deltas + s * 2);
        const rangeAt = ranges + s * 2;
        const range = table.readUInt16BE(rangeAt);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let g: number;
          if (range === 0) g = (c + delta) & 0xffff;
          else {
            g = table.readUInt16BE(rangeAt + range + (c - start) * 2);
            if (g !== 0) g = (g + delta) & 0xffff;
          }
          if (g !== 0) map.set(c, g);
        }
      }
    } else if (format === 12) {
      const groups = table.readUInt32BE(sub + 12);
      for (let k = 0; k < groups; k++) {
        const at = sub + 16 + k * 12;
        const start = table.readUInt32BE(at);
        const end = table.readUInt32BE(at + 4);
        const glyph = table.readUInt32BE(at + 8);
        for (let c = start; c <= end; c++) map.set(c, glyph + c - start);
      }
    }
  }
  return map;
}

/** The metrics of one weight, merged over the font's subsets (latin, cyrillic, cyrillic-ext). */
export function loadInter(weight: 400 | 600): FontMetrics {
  const advance = new Map<number, number>();
  let unitsPerEm = 0;
  for (const subset of ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext']) {
    const t = tables(`node_modules/@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`);
    unitsPerEm = t.get('head')!.readUInt16BE(18);
    const longMetrics = t.get('hhea')!.readUInt16BE(34);
    const hmtx = t.get('hmtx')!;
    const last = hmtx.readUInt16BE((longMetrics - 1) * 4);
    for (const [code, glyph] of cmap(t.get('cmap')!)) {
      if (advance.has(code)) continue;
      advance.set(code, glyph < longMetrics ? hmtx.readUInt16BE(glyph * 4) : last);
    }
  }
  return { unitsPerEm, advance };
}

/** The width of a line of text in em (a character the font lacks counts as a wide one, 1 em). */
export function textWidthEm(font: FontMetrics, text: string): number {
  let units = 0;
  for (const ch of text) units += font.advance.get(ch.codePointAt(0)!) ?? font.unitsPerEm;
  return units / font.unitsPerEm;
}
