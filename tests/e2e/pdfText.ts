import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF as Chromium (Skia) writes it, one string per page: each page's content
 * stream inflated (FlateDecode), its `<glyph ids> Tj` runs read through the font's ToUnicode map
 * (`/F4 14 Tf` picks the font). Enough for Chromium's own output, not a general PDF reader.
 */
export function pdfPages(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const objects = new Map<number, string>();
  for (const m of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) objects.set(+m[1]!, m[2]!);
  const stream = (id: number): string => {
    const body = objects.get(id) ?? '';
    const start = /stream\r?\n/.exec(body);
    const length = /\/Length (\d+)/.exec(body);
    if (!start || !length) return '';
    const from = start.index + start[0].length;
    const bytes = Buffer.from(body.slice(from, from + +length[1]!), 'latin1');
    return (/FlateDecode/.test(body) ? inflateSync(bytes) : bytes).toString('latin1');
  };
  const fonts = new Map<number, Map<number, string>>();
  const unicodeOf = (fontId: number): Map<number, string> => {
    let map = fonts.get(fontId);
    if (map) return map;
    map = new Map();
    const cmapId = /\/ToUnicode (\d+) 0 R/.exec(objects.get(fontId) ?? '')?.[1];
    const cmap = cmapId ? stream(+cmapId) : '';
    const utf16 = (hex: string) =>
      String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
    for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
      for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
        map.set(parseInt(m[1]!, 16), utf16(m[2]!));
    for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
      for (const m of block[1]!.matchAll(
        /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g,
      )) {
        const [lo, hi, to] = [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16)) as [
          number,
          number,
          number,
        ];
        for (let g = lo; g <= hi; g++) map.set(g, String.fromCharCode(to + g - lo));
      }
    fonts.set(fontId, map);
    return map;
  };
  const pages: string[] = [];
  for (const [, page] of [...objects].filter(([, o]) => /\/Type \/Page\b/.test(o))) {
    const fontIds = new Map(
      [...page.matchAll(/\/(F\d+) (\d+) 0 R/g)].map((m) => [m[1]!, +m[2]!] as const),
    );
    const contents = /\/Contents (\d+) 0 R/.exec(page)?.[1];
    let text = '';
    let font = new Map<number, string>();
    for (const m of stream(contents ? +contents : -1).matchAll(
      /\/(F\d+) [\d.]+ Tf|<([0-9A-Fa-f]*)> Tj|\bET\b/g,
    )) {
      if (m[1]) font = unicodeOf(fontIds.get(m[1]) ?? -1);
      else if (m[2] !== undefined)
        for (const gid of m[2].match(/.{4}/g) ?? []) text += font.get(parseInt(gid, 16)) ?? '';
      else text += ' ';
    }
    pages.push(text.replace(/\s+/g, ' '));
  }
  return pages;
}
