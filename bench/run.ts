/** `npm run bench`: runs the benchmarks and prints their figures with the machine they ran on. */
import os from 'node:os';
import { benchDescent } from './descent.bench';

const cpus = os.cpus();
console.log(
  `node ${process.version} · ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'} · ${os.platform()} ${os.arch()}`,
);
const rows = benchDescent();
const w = Math.max(...rows.map((r) => r.name.length));
console.log(`${'benchmark'.padEnd(w)}  runs  median ms   p90 ms   min ms`);
for (const r of rows) {
  console.log(
    `${r.name.padEnd(w)}  ${String(r.runs).padStart(4)}  ${r.medianMs.toFixed(2).padStart(9)}  ${r.p90Ms.toFixed(2).padStart(7)}  ${r.minMs.toFixed(2).padStart(7)}`,
  );
}
