/** Messages between the replay view and its trace worker. */
import type { RunLog, Scenario } from '../../sim/index.js';

export interface TraceRequest {
  scenario: Scenario;
  seed: number;
  recordVisits: number;
}

export type TraceAnswer = { ok: true; log: RunLog } | { ok: false; message: string };
