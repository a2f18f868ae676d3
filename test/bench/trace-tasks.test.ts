/**
 * The UI benchmark reads main-thread tasks out of a Chromium trace (issue 12): one task per
 * top-level RunTask of the renderer's main thread (Chromium nests RunTask in RunTask), its
 * thread time, and what ran in it below the wrappers, named by the largest script call.
 */
import { describe, expect, it } from 'vitest';
import { formatTask, longest, mainThreadTasks, markTime, type TraceEvent } from '../../bench/trace-tasks.js';

const MAIN = { pid: 1, tid: 7 };
const x = (name: string, ts: number, dur: number, tdur: number, data?: Record<string, unknown>): TraceEvent => ({ name, ph: 'X', ...MAIN, ts, dur, tdur, ...(data ? { args: { data } } : {}) });

const trace = {
  traceEvents: [
    { name: 'thread_name', ph: 'M', ...MAIN, ts: 0, args: { name: 'CrRendererMain' } },
    { name: 'thread_name', ph: 'M', pid: 1, tid: 9, ts: 0, args: { name: 'DedicatedWorker thread' } },
    // A 60 ms task (outer RunTask wrapping an inner one): a timer whose script draws a chart, then layout.
    x('RunTask', 1_000, 200_000, 60_000),
    x('ThreadControllerImpl::RunTask', 1_010, 199_000, 59_900),
    x('TimerFire', 1_100, 150_000, 45_000),
    x('v8.callFunction', 1_200, 149_000, 44_900),
    x('FunctionCall', 1_300, 148_000, 44_800, { functionName: 'pump', url: 'http://x/assets/index-abc.js' }),
    x('Layout', 160_000, 30_000, 12_000),
    { name: 'lanesim:mark', cat: 'blink.user_timing', ph: 'R', ...MAIN, ts: 300_000 },
    // A short task after the mark.
    x('RunTask', 400_000, 10_000, 8_000),
    x('HandlePostMessage', 400_100, 9_000, 7_000),
    // A worker's long task is not the UI thread's.
    { ...x('RunTask', 500_000, 900_000, 900_000), tid: 9 },
  ],
};

describe('main-thread tasks of a trace', () => {
  it('counts a nested RunTask once, in thread time, with its parts', () => {
    const tasks = mainThreadTasks(trace);
    expect(tasks.map((t) => t.cpuMs)).toEqual([60, 8]);
    expect(tasks[0]!.wallMs).toBe(200);
    expect(tasks[0]!.parts).toEqual([
      { what: 'TimerFire > FunctionCall pump @ index-abc.js', cpuMs: 45 },
      { what: 'Layout', cpuMs: 12 },
    ]);
    expect(formatTask(longest(tasks))).toBe('60 ms CPU (200 ms wall): TimerFire > FunctionCall pump @ index-abc.js 45 ms; Layout 12 ms');
  });

  it('splits the run at a user-timing mark and keeps tasks over a threshold', () => {
    const at = markTime(trace, 'lanesim:mark');
    expect(at).toBe(300_000);
    expect(mainThreadTasks(trace, { to: at }).map((t) => t.cpuMs)).toEqual([60]);
    expect(mainThreadTasks(trace, { from: at }).map((t) => t.cpuMs)).toEqual([8]);
    expect(mainThreadTasks(trace, { minCpuMs: 50 }).map((t) => t.cpuMs)).toEqual([60]);
    expect(longest([]).cpuMs).toBe(0);
  });
});
