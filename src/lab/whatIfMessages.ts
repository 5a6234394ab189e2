import type { DescentOptions, DescentResult } from '../physics/descent';

/** A descent to fly, with the element set as text: a parsed SGP4 record does not cross threads. */
export interface WhatIfRequest {
  id: number;
  line1: string;
  line2: string;
  options: Omit<DescentOptions, 'tle'>;
  /**
   * The replay's own burn flown in the what-if's mode, to compare like with like: asked for only
   * when that mode is not the replay's (a ballistic what-if against a guided replay).
   */
  baseline?: Omit<DescentOptions, 'tle'>;
}

export type WhatIfReply =
  | {
      id: number;
      ok: true;
      result: DescentResult;
      baseline: DescentResult | null;
      computeMs: number;
    }
  | { id: number; ok: false; message: string };
