/**
 * First-load JavaScript of the build: what a first visit fetches before the app runs (the entry
 * and its modulepreloads), gzip level 9, in kB (1000 bytes), and the chunks that come later.
 * Run: npm run bench -- bundle   (needs a build: `npm run build`, or SOYUZ_DIST=<folder>)
 */
import { buildScripts } from '../tools/firstLoadBytes';

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

export function bundleReport(dist = process.env.SOYUZ_DIST ?? 'dist'): string {
  const s = buildScripts(dist);
  const lines = [
    `first-load JavaScript: ${s.firstLoad.length} files, ${kB(s.firstLoadBytes)}, ` +
      `**${kB(s.firstLoadGzip)} gzip** (goal <= 400 kB)`,
    ...s.firstLoad
      .slice()
      .sort((a, b) => b.gzip - a.gzip)
      .slice(0, 8)
      .map((f) => `  ${kB(f.gzip).padStart(9)}  ${f.file}`),
    `later (${s.later.length} chunks, ${kB(s.later.reduce((n, f) => n + f.gzip, 0))} gzip), largest:`,
    ...s.later.slice(0, 8).map((f) => `  ${kB(f.gzip).padStart(9)}  ${f.file}`),
  ];
  return lines.join('\n');
}
