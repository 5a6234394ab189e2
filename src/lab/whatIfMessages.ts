import type { DescentOptions, DescentResult } from '../physics/descent';

/** A descent to fly, with the element set as text: a parsed SGP4 record does not cross threads. */
export interface WhatIfRequest {
  id: number;
  line1: string;
  line2: string;
  options: Omit<DescentOptions, 'tle'>;
}

export type WhatIfReply =
  | { id: number; ok: true; result: DescentResult; computeMs: number }
  | { id: number; ok: false; message: string };
