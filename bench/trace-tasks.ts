/**
 * Reads the page's main-thread tasks out of a Chromium trace (the UI benchmark, issue 12):
 * each top-level task's wall and thread (CPU) time and what ran inside it — timers,
 * animation frames, messages, script by function and file, style, layout, paint, garbage
 * collection — so a long task says what it was, not only how long it took. Thread time is
 * the figure to read on a loaded machine: a task's wall time there is mostly waiting for a core.
 */

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

export interface TaskPart {
  /** What ran: the event's name, with the function and file for script, the event type for events. */
  what: string;
  cpuMs: number;
}

export interface MainTask {
  /** Start in ms from the first main-thread task of the trace. */
  atMs: number;
  wallMs: number;
  cpuMs: number;
  /** The task's largest parts by thread time, largest first. */
  parts: TaskPart[];
}

/** The trace's renderer main threads ("CrRendererMain"), as `pid:tid`. */
function mainThreads(events: TraceEvent[]): Set<string> {
  const main = new Set<string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') main.add(`${e.pid}:${e.tid}`);
  return main;
}

const isTask = (e: TraceEvent) => e.ph === 'X' && /RunTask/.test(e.name);

/** A readable name for an event inside a task. */
function describe(e: TraceEvent): string {
  const d = e.args?.data ?? {};
  const fn = typeof d.functionName === 'string' && d.functionName ? d.functionName : '';
  const url = typeof d.url === 'string' && d.url ? (d.url.split('/').pop() ?? '') : '';
  const type = typeof d.type === 'string' ? d.type : '';
  if (e.name === 'FunctionCall' || e.name === 'EvaluateScript') return `${e.name} ${fn || '(anonymous)'}${url ? ` @ ${url}` : ''}`;
  if (e.name === 'EventDispatch') return `EventDispatch ${type}`;
  return e.name;
}

/** Events that only wrap the real work (a task inside a task, a call into V8). */
const WRAPPER = /RunTask|v8\.callFunction|^V8\.|BlinkScheduler/;

/**
 * Every main-thread task of the trace with at least `minCpuMs` of thread time, with its
 * parts: the outermost events inside it below the wrappers (a nested task, a call into V8),
 * each named with the largest script call inside it, summed by that name. `from`/`to`
 * (trace µs) keep only tasks starting in that window.
 */
export function mainThreadTasks(trace: { traceEvents: TraceEvent[] }, options: { minCpuMs?: number; from?: number; to?: number } = {}): MainTask[] {
  const main = mainThreads(trace.traceEvents);
  const onMain = trace.traceEvents.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`) && e.dur !== undefined);
  onMain.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
  const endOf = (e: TraceEvent) => e.ts + (e.dur ?? 0);
  const minCpuMs = options.minCpuMs ?? 0;
  const out: MainTask[] = [];
  let origin: number | undefined;
  let taskEnd = -Infinity;
  for (let i = 0; i < onMain.length; i++) {
    const task = onMain[i]!;
    // A top-level task: a RunTask not inside another (Chromium nests RunTask in RunTask).
    if (!isTask(task) || task.ts < taskEnd) continue;
    taskEnd = endOf(task);
    origin ??= task.ts;
    const inWindow = (options.from === undefined || task.ts >= options.from) && (options.to === undefined || task.ts < options.to);
    if (cpu(task) < minCpuMs || !inWindow) continue;
    const inside: TraceEvent[] = [];
    for (let k = i + 1; k < onMain.length && onMain[k]!.ts < taskEnd; k++) inside.push(onMain[k]!);
    const sums = new Map<string, number>();
    // The outermost non-wrapper events; each named by itself and the largest script call in it.
    let partEnd = -Infinity;
    for (let k = 0; k < inside.length; k++) {
      const e = inside[k]!;
      if (e.ts < partEnd || WRAPPER.test(e.name)) continue;
      partEnd = endOf(e);
      let call: TraceEvent | undefined;
      for (let m = k + 1; m < inside.length && inside[m]!.ts < partEnd; m++) {
        const c = inside[m]!;
        if ((c.name === 'FunctionCall' || c.name === 'EvaluateScript') && (!call || cpu(c) > cpu(call))) call = c;
      }
      const what = call && e.name !== 'FunctionCall' ? `${describe(e)} > ${describe(call)}` : describe(e);
      sums.set(what, (sums.get(what) ?? 0) + cpu(e));
    }
    const parts = [...sums].map(([what, ms]) => ({ what, cpuMs: ms })).sort((a, b) => b.cpuMs - a.cpuMs);
    out.push({ atMs: (task.ts - origin) / 1000, wallMs: (task.dur ?? 0) / 1000, cpuMs: cpu(task), parts });
  }
  return out;
}

/** The trace time (µs) of the first `performance.mark(name)` of the page, if any. */
export function markTime(trace: { traceEvents: TraceEvent[] }, name: string): number | undefined {
  for (const e of trace.traceEvents) if (e.name === name && (e.cat ?? '').includes('user_timing')) return e.ts;
  return undefined;
}

/** The longest task by thread time, or a zero task when there is none. */
export function longest(tasks: MainTask[]): MainTask {
  let best: MainTask = { atMs: 0, wallMs: 0, cpuMs: 0, parts: [] };
  for (const t of tasks) if (t.cpuMs > best.cpuMs) best = t;
  return best;
}

/** One line for a task: its thread and wall time and its three largest parts. */
export function formatTask(t: MainTask): string {
  const parts = t.parts
    .slice(0, 3)
    .map((p) => `${p.what} ${p.cpuMs.toFixed(0)} ms`)
    .join('; ');
  return `${t.cpuMs.toFixed(0)} ms CPU (${t.wallMs.toFixed(0)} ms wall)${parts ? `: ${parts}` : ''}`;
}
