import { simulateDescent, type DescentOptions } from '../physics/descent';
import type { WhatIfReply, WhatIfRequest } from './whatIfMessages';

interface Job {
  req: WhatIfRequest;
  tle: DescentOptions['tle'];
}

/**
 * Runs what-if descents in a worker and hands back the newest. While one runs, newer requests
 * replace each other, so a dragged slider is re-simulated as fast as the physics goes (one
 * descent is ~10-20 ms) and never queues up behind its own past. Where a worker cannot start
 * (no Worker, a policy that forbids it), the same code runs on this thread instead.
 */
export function createWhatIfRunner(onOutcome: (o: WhatIfReply) => void) {
  let worker: Worker | null = null;
  let workerFailed = typeof Worker === 'undefined';
  let inFlight: Job | null = null;
  let pending: Job | null = null;
  let nextId = 1;

  const deliver = (reply: WhatIfReply) => {
    inFlight = null;
    // A newer request is waiting: its answer is the one worth drawing.
    if (pending) start(pending);
    else onOutcome(reply);
  };

  const runHere = (job: Job) => {
    setTimeout(() => {
      const t0 = performance.now();
      try {
        const result = simulateDescent({ ...job.req.options, tle: job.tle });
        const b = job.req.baseline;
        const baseline = b ? simulateDescent({ ...b, tle: job.tle }) : null;
        deliver({ id: job.req.id, ok: true, result, baseline, computeMs: performance.now() - t0 });
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        deliver({ id: job.req.id, ok: false, message });
      }
    }, 0);
  };

  const fallBack = () => {
    worker?.terminate();
    worker = null;
    workerFailed = true;
    if (inFlight) runHere(inFlight);
  };

  function start(job: Job) {
    pending = null;
    inFlight = job;
    if (!worker && !workerFailed) {
      try {
        worker = new Worker(new URL('./descentWorker.ts', import.meta.url), { type: 'module' });
        worker.onmessage = (e: MessageEvent<WhatIfReply>) => deliver(e.data);
        worker.onerror = fallBack;
      } catch {
        workerFailed = true;
      }
    }
    if (worker) worker.postMessage(job.req);
    else runHere(job);
  }

  return {
    /** Fly `options`, and `baseline` beside it where given (whatIfMessages.ts). */
    run(options: DescentOptions, baseline?: DescentOptions) {
      const { tle, ...rest } = options;
      const req: WhatIfRequest = {
        id: nextId++,
        line1: tle.line1,
        line2: tle.line2,
        options: rest,
      };
      if (baseline) {
        // The same element set as the what-if's: only the options travel.
        const b: Partial<DescentOptions> = { ...baseline };
        delete b.tle;
        req.baseline = b as Omit<DescentOptions, 'tle'>;
      }
      const job: Job = { req, tle };
      if (inFlight) pending = job;
      else start(job);
    },
    dispose() {
      worker?.terminate();
      worker = null;
      inFlight = null;
      pending = null;
    },
  };
}
