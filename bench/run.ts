/**
 * `npm run bench [-- descent|load|frames]`: runs the benchmarks and prints their figures with the
 * machine they ran on. `load` and `frames` need a build (`npm run build`) and Chromium.
 */
import os from 'node:os';
import { benchDescent } from './descent.bench';
import { framesBenchmark } from './frames.bench';
import { framesMarkdown, writeFramesJson } from './framesReport';
import { loadBenchmark } from './load.bench';

const MODES = ['descent', 'load', 'frames'];
const which = new Set(process.argv.slice(2));
const all = which.size === 0;
// A typo should say so, not run nothing and look like success.
const unknown = [...which].filter((w) => !MODES.includes(w));
if (unknown.length > 0) {
  console.error(`unknown benchmark: ${unknown.join(', ')} (choose from ${MODES.join(', ')})`);
  process.exit(2);
}

const cpus = os.cpus();
console.log(
  `node ${process.version} · ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'} · ${os.platform()} ${os.arch()}`,
);

if (all || which.has('descent')) {
  const rows = benchDescent();
  const w = Math.max(...rows.map((r) => r.name.length));
  console.log(`${'benchmark'.padEnd(w)}  runs  median ms   p90 ms   min ms`);
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(w)}  ${String(r.runs).padStart(4)}  ${r.medianMs.toFixed(2).padStart(9)}  ${r.p90Ms.toFixed(2).padStart(7)}  ${r.minMs.toFixed(2).padStart(7)}`,
    );
  }
}

if (all || which.has('load')) {
  console.log('first load (headless Chromium, software WebGL):');
  console.log(JSON.stringify(await loadBenchmark(), null, 2));
}

if (all || which.has('frames')) {
  console.log('frame time, playing at 60x, ours vs globe.gl (headless Chromium):');
  const result = await framesBenchmark();
  console.log(framesMarkdown(result));
  console.log(`raw results: ${writeFramesJson(result)}`);
}
