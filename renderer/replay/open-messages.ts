/**
 * Messages between the replay view and the worker that opens a file off the UI thread
 * (open-worker.ts): the file's text goes in; the phase it is in comes back while it works,
 * then one answer — a scenario, a replay (its trace columns transferred), or the problems.
 */
import type { Scenario, ValidationError } from '../../sim/index.js';
import type { ReplayDocument, ReplayPhase } from '../../sim/replay/index.js';

export interface OpenRequest {
  text: string;
}

export type OpenAnswer =
  | { type: 'scenario'; scenario: Scenario }
  | { type: 'replay'; replay: ReplayDocument }
  | { type: 'invalid'; kind: 'scenario' | 'replay'; errors: ValidationError[] };

export type OpenMessage = { type: 'phase'; phase: ReplayPhase } | OpenAnswer;
