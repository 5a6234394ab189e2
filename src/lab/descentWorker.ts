/// <reference lib="webworker" />
import { simulateDescent } from '../physics/descent';
import { parseTle } from '../physics/tle';
import type { WhatIfReply, WhatIfRequest } from './whatIfMessages';

/**
 * The what-if lab's simulator, off the main thread so dragging a slider never stalls a frame.
 * One request at a time; the page sends only the latest (whatIfRunner.ts).
 */
self.onmessage = (e: MessageEvent<WhatIfRequest>) => {
  const { id, line1, line2, options } = e.data;
  const t0 = performance.now();
  let reply: WhatIfReply;
  try {
    const tle = parseTle(line1, line2);
    const result = simulateDescent({ ...options, tle });
    const baseline = e.data.baseline ? simulateDescent({ ...e.data.baseline, tle }) : null;
    reply = { id, ok: true, result, baseline, computeMs: performance.now() - t0 };
  } catch (err) {
    reply = { id, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(reply);
};
