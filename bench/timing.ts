/** Timing helpers for the Node benchmarks: repeated runs and their spread, in milliseconds. */

export interface BenchRow {
  name: string;
  runs: number;
  medianMs: number;
  p90Ms: number;
  minMs: number;
}

export function stats(name: string, times: number[]): BenchRow {
  const s = [...times].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { name, runs: s.length, medianMs: at(0.5), p90Ms: at(0.9), minMs: s[0]! };
}

/** Run `fn` `warmup` times untimed (JIT, caches), then `runs` times timed. */
export function timeIt(fn: () => void, runs: number, warmup: number): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

/** The rows as an aligned text table. */
export function rowsTable(rows: BenchRow[]): string {
  const w = Math.max(...rows.map((r) => r.name.length));
  const lines = [`${'benchmark'.padEnd(w)}  runs  median ms   p90 ms   min ms`];
  for (const r of rows)
    lines.push(
      `${r.name.padEnd(w)}  ${String(r.runs).padStart(4)}  ${r.medianMs.toFixed(3).padStart(9)}  ${r.p90Ms.toFixed(3).padStart(7)}  ${r.minMs.toFixed(3).padStart(7)}`,
    );
  return lines.join('\n');
}
