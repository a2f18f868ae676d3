/**
 * Errors a run can end with, each with a message a planner can act on. They are thrown
 * by the core and shown as they are by the CLI and the UI.
 */
export type SimulationErrorCode = 'invalid' | 'unstable' | 'budget' | 'cancelled';

export class SimulationError extends Error {
  readonly code: SimulationErrorCode;
  /** For `unstable`: the station ids whose offered load is ≥ 1. */
  readonly stations: string[];
  /** For `budget` refused before the run: the JSON path of the scenario field to change ('' if none). */
  readonly jsonPath: string;

  constructor(code: SimulationErrorCode, message: string, stations: string[] = [], jsonPath = '') {
    super(message);
    this.name = 'SimulationError';
    this.code = code;
    this.stations = stations;
    this.jsonPath = jsonPath;
  }
}
