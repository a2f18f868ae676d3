/**
 * Running a loaded scenario from the command line: the progress bar, and the core's
 * SimulationError (an overloaded lane, a run over budget) turned into an InputError that
 * names the file, so the user sees one clear line and exit code 1, never a stack trace.
 */
import { runDetailed, SimulationError, type RunLog, type RunOptions, type RunResult } from '../sim/index.js';
import { InputError } from './errors.js';
import type { CliIo } from './io.js';
import type { LoadedScenario } from './load-scenario.js';
import { ProgressBar } from './progress.js';

/** Most visits recorded for passengers.csv (about 100 MB of CSV at most). */
export const MAX_RECORDED_VISITS = 2_000_000;

export interface SimulateOptions extends Omit<RunOptions, 'onProgress' | 'now'> {
  /** Label shown before the progress bar. */
  label?: string;
}

/** Runs a scenario with progress on stderr; throws InputError naming the file when the core refuses. */
export function simulate(loaded: LoadedScenario, options: SimulateOptions, io: CliIo): { result: RunResult; log: RunLog | null } {
  const bar = new ProgressBar(io, options.label ?? loaded.file);
  try {
    return runDetailed(loaded.scenario, { ...options, now: () => io.now(), onProgress: (done, total) => bar.update(done, total) });
  } catch (e) {
    if (e instanceof SimulationError) {
      // An overloaded lane is a property of the file: point at the stations' servers.
      const paths = e.jsonPath ? [e.jsonPath] : e.stations.map((id) => `stations[${loaded.scenario.stations.findIndex((s) => s.id === id)}].servers`);
      throw new InputError(`${loaded.file}: ${paths.length > 0 ? paths.join(', ') + ': ' : ''}${e.message}`);
    }
    throw e;
  } finally {
    bar.done();
  }
}
