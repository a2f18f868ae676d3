import { describe, expect, it } from 'vitest';
import { run } from '../../../sim/index.js';
import { compareWithPrevious, emptyRuns, previousOfSameScenario, setBaseline, failRun, finishRun, progressRun, removeRun, runName, selectedRun, startRun, toggleCompare, type RunsState } from '../../../renderer/state/runs-state.js';
import { loadFixture } from '../fixtures.js';

const scenario = loadFixture('entry-smart');
const result = run(scenario, { replications: 2 });

/** Runs `run-1` … `run-n`; `sources[i]` is run i+1's document (all the same by default). */
function withRuns(n: number, sources: string[] = []): RunsState {
  let s = emptyRuns;
  for (let i = 1; i <= n; i++) {
    s = finishRun(startRun(s, 2, 2), { scenarioName: scenario.name, finishedAt: Date.UTC(2025, 0, 1, 8, 0, i), scenario, result, sourceKey: sources[i - 1] ?? 'smart.json', changes: [] }, `run-${i}`);
  }
  return s;
}

describe('session runs', () => {
  it('names runs by scenario and time and shows the newest', () => {
    const s = withRuns(2);
    expect(s.runs.map((r) => r.id)).toEqual(['run-1', 'run-2']);
    expect(selectedRun(s)?.id).toBe('run-2');
    expect(runName('Lane', new Date(2025, 0, 1, 9, 5, 7).getTime())).toBe('Lane · 09:05:07');
  });

  it('compares with the previous run in one step, previous as baseline', () => {
    const s = compareWithPrevious(withRuns(3), 'run-3');
    expect(s.compareIds).toEqual(['run-2', 'run-3']);
    expect(compareWithPrevious(s, 'run-1')).toBe(s);
  });

  it('compares with the previous run of the same scenario, not whatever ran last', () => {
    const s = withRuns(4, ['smart.json', 'classic.json', 'smart.json', 'classic.json']);
    expect(previousOfSameScenario(s, 'run-3')?.id).toBe('run-1');
    expect(compareWithPrevious(s, 'run-3').compareIds).toEqual(['run-1', 'run-3']);
    expect(compareWithPrevious(s, 'run-4').compareIds).toEqual(['run-2', 'run-4']);
    expect(previousOfSameScenario(s, 'run-2')).toBeNull();
    expect(compareWithPrevious(s, 'run-2')).toBe(s);
  });

  it('sets the baseline explicitly', () => {
    let s = withRuns(3);
    for (const id of ['run-1', 'run-2', 'run-3']) s = toggleCompare(s, id);
    expect(setBaseline(s, 'run-3').compareIds).toEqual(['run-3', 'run-1', 'run-2']);
    expect(setBaseline(s, 'run-9')).toBe(s);
  });

  it('lets at most four runs be compared, in the order picked', () => {
    let s = withRuns(5);
    for (const id of ['run-3', 'run-1', 'run-5', 'run-2', 'run-4']) s = toggleCompare(s, id);
    expect(s.compareIds).toEqual(['run-3', 'run-1', 'run-5', 'run-2']);
    s = toggleCompare(s, 'run-1');
    expect(s.compareIds).toEqual(['run-3', 'run-5', 'run-2']);
    s = removeRun(s, 'run-5');
    expect(s.compareIds).toEqual(['run-3', 'run-2']);
    expect(s.runs).toHaveLength(4);
  });

  it('tracks progress and failure of the run in progress', () => {
    let s = startRun(emptyRuns, 10, 2);
    s = progressRun(s, 4);
    expect(s.active).toEqual({ done: 4, total: 10, workers: 2 });
    s = failRun(s, { code: 'cancelled', message: 'x', stations: [] });
    expect(s.active).toBeNull();
    expect(s.error?.code).toBe('cancelled');
  });
});
