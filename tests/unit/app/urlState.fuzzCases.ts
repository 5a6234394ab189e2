import { missions } from '../../../src/data/catalog';

/**
 * Random and malformed links for the URL fuzz (unit and browser): every parameter, valid or
 * not, duplicated, empty, huge, mis-encoded, hostile. Seeded (tools/seededRandom.ts), so a
 * failure can be replayed.
 */
const GARBAGE = [
  '',
  ' ',
  '%',
  '%E0%A4%A',
  '%00',
  '\u0000',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE missions; --",
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-0',
  '0x10',
  '９',
  'Жезқазған',
  '🚀🛰️',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  'true',
  '[]',
  '{}',
];

const VALID: Record<string, readonly string[]> = {
  mission: missions.map((m) => m.id),
  t: [
    '2022-03-30T11:00:00Z',
    '2016-03-02T04:00:00Z',
    '2008-04-19T08:00:00Z',
    '2022-09-21T14:00:00Z',
    '1999-01-01T00:00:00Z',
    '2022-02-30T10:00:00Z',
    '2022-03-30T25:61:61Z',
    '2022-03-30',
    '+275760-09-13T00:00:00Z',
  ],
  rate: ['0', '1', '60', '-600', '3600', '3601', '-99999', 'smart', '-smart', '1.5', '60x'],
  camera: ['earth', 'iss', 'soyuz', 'ride', 'ground', 'chase', 'EARTH', '3'],
  present: ['1', '0', 'true', 'false', 'yes', '2'],
  lang: ['en', 'ru', 'kk', 'EN', 'de', 'ru-RU', 'kz'],
};

const NAMES = [...Object.keys(VALID), 'x', 'mission ', 'Mission', 'utm_source', '', '&', '='];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function value(rand: () => number, name: string): string {
  const r = rand();
  const valid = VALID[name];
  if (valid && r < 0.5) return pick(rand, valid);
  if (r < 0.8) return pick(rand, GARBAGE);
  if (r < 0.9) return 'x'.repeat(Math.floor(rand() * 20_000));
  // Random code units, lone surrogates included.
  return String.fromCharCode(
    ...Array.from({ length: 1 + Math.floor(rand() * 12) }, () => Math.floor(rand() * 0xffff)),
  );
}

/** encodeURIComponent, with lone surrogates (which it refuses) as the browser sends them. */
function encode(s: string): string {
  return encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
}

/** One query string: a few parameters, some repeated, some raw (not URL-encoded). */
export function fuzzQuery(rand: () => number): string {
  const parts: string[] = [];
  const n = Math.floor(rand() * 8);
  for (let i = 0; i < n; i++) {
    const name = pick(rand, NAMES);
    const v = value(rand, name);
    parts.push(rand() < 0.3 ? `${name}=${v}` : `${encode(name)}=${encode(v)}`);
  }
  return `?${parts.join(rand() < 0.1 ? ';' : '&')}`;
}
