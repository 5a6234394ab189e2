import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One JavaScript file of a build, its size raw and gzipped (level 9), bytes. */
export interface ScriptSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface BuildScripts {
  /**
   * What a first visit fetches before anything runs: the plain scripts (src/boot/startWebgl.js),
   * the entry and its modulepreloads.
   */
  firstLoad: ScriptSize[];
  /** The chunks loaded later (parts, languages, workers), largest first. */
  later: ScriptSize[];
  firstLoadGzip: number;
  firstLoadBytes: number;
}

/**
 * The first-load JavaScript of a build in `dist`: the scripts of index.html (its plain ones and
 * its module entry) and every chunk it names with modulepreload (which the browser fetches at once). Used by
 * `npm run bench -- bundle` and by the browser tests' budget check.
 */
export function buildScripts(dist: string): BuildScripts {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const named = [
    ...html.matchAll(/<(?:script[^>]*src|link rel="modulepreload"[^>]*href)="([^"]+)"/g),
  ].map((m) => m[1]!.replace(/^\.?\//, ''));
  const size = (file: string): ScriptSize => {
    const body = readFileSync(join(dist, file));
    return { file, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
  };
  const firstLoad = named.map(size);
  const later = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js') && !named.includes(`assets/${f}`))
    .map((f) => size(`assets/${f}`))
    .sort((a, b) => b.gzip - a.gzip);
  const sum = (k: 'gzip' | 'bytes') => firstLoad.reduce((s, f) => s + f[k], 0);
  return { firstLoad, later, firstLoadGzip: sum('gzip'), firstLoadBytes: sum('bytes') };
}
