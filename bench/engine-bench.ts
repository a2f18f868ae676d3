/**
 * The engine benchmark (`npm run bench`, `lanesim bench`): a 4-station tandem lane with a
 * 5 % branch to a secondary station, one replication of 1,000,000 passengers with full
 * statistics, against a bare loop of the same event calendar doing the same number of
 * push/pop pairs. The ratio shows what the model costs on top of the calendar; events per
 * second and peak memory are the targets of issue 2.
 */
import { EventCalendar } from '../sim/engine/event-calendar.js';
import { RandomStream } from '../sim/engine/random-stream.js';
import { finishRun, prepareRun, runBlock, type Scenario } from '../sim/index.js';

export interface BenchReport {
  passengers: number;
  events: number;
  engineMs: number;
  /** CPU time of the loop (user + system of this process; NaN where the runtime cannot tell). */
  engineCpuMs: number;
  /** Events per second of the loop with full statistics, by CPU time (steady on a shared machine). */
  eventsPerCpuSecond: number;
  /** Time to summarise the replication into the result (finishRun). */
  summaryMs: number;
  eventsPerSecond: number;
  bareHeapEventsPerSecond: number;
  /** Engine time per event over bare heap time per event. */
  ratio: number;
  peakRssMB: number;
  heapUsedMB: number;
  node: string;
}

/** Longest arrival horizon a scenario may have (the schema's limit: 7 days). */
const MAX_HORIZON = 604_800;

/**
 * The benchmark lane: arrivals at 10 per second, four queue stations in a row at load 0.8.
 * Past 6M passengers the horizon would pass the schema's 7 days, so rate and servers are
 * scaled by the same whole factor (same loads, same events per passenger).
 */
export function benchScenario(passengers: number): Scenario {
  const k = Math.max(1, Math.ceil(passengers / 36_000 / (MAX_HORIZON / 3600)));
  const rate = 36_000 * k; // passengers per hour
  const stage = (id: string, next: Scenario['stations'][number]['next'], servers: number, mean: number, alarmTo?: string) => ({
    id,
    mode: 'queue' as const,
    servers: servers * k,
    service: { dist: 'exponential' as const, mean },
    next,
    ...(alarmTo ? { alarms: [{ check: id, probability: 0.05, to: alarmTo }] } : {}),
  });
  return {
    format: 'lanesim/scenario@1',
    name: 'Benchmark: 4-station tandem with a 5 % secondary branch',
    seed: 1,
    horizon: { arrivalsSeconds: (passengers / rate) * 3600 },
    classes: [{ id: 'all', share: 1 }],
    arrivals: [{ kind: 'poisson', ratePerHour: rate }],
    entry: 's1',
    stations: [
      stage('s1', 's2', 4, 0.32),
      stage('s2', 's3', 8, 0.64, 'secondary'),
      stage('s3', 's4', 4, 0.32),
      stage('s4', 'exit', 2, 0.16),
      stage('secondary', 's3', 1, 1.6),
    ],
  };
}

function cpuMs(): number {
  const proc = (globalThis as { process?: { cpuUsage?: () => { user: number; system: number } } }).process;
  if (!proc?.cpuUsage) return NaN;
  const u = proc.cpuUsage();
  return (u.user + u.system) / 1000;
}

function peakRssMB(): number {
  const proc = (globalThis as { process?: { resourceUsage?: () => { maxRSS: number } } }).process;
  return proc?.resourceUsage ? proc.resourceUsage().maxRSS / 1024 : NaN;
}

/**
 * The bare calendar loop: a hold model keeping as many events pending as the lane does on
 * average, popping one and scheduling one per step.
 */
function bareHeapRate(events: number, pending: number): number {
  const cal = new EventCalendar(4096);
  const rng = new RandomStream(1, 0, 'bench');
  for (let i = 0; i < pending; i++) cal.schedule(-Math.log(rng.uniform()), i, 0);
  let sink = 0;
  const t0 = performance.now();
  for (let i = 0; i < events; i++) {
    const t = cal.pop();
    sink += cal.poppedA;
    cal.schedule(t - Math.log(rng.uniform()), cal.poppedA, cal.poppedB);
  }
  const ms = performance.now() - t0;
  if (sink === -1) console.log(sink); // keep the loop from being optimised away
  return events / (ms / 1000);
}

export async function runEngineBench(options: { passengers?: number } = {}): Promise<BenchReport> {
  const passengers = options.passengers ?? 1_000_000;
  const scenario = benchScenario(passengers);
  // Warm the JIT on a small lane first, as a long run would be.
  runBlock(prepareRun(benchScenario(20_000), { replications: 1 }), 0, 1);
  const prepared = prepareRun(scenario, { replications: 1 });
  const c0 = cpuMs();
  const t0 = performance.now();
  const stats = runBlock(prepared, 0, 1);
  const engineMs = performance.now() - t0;
  const engineCpuMs = cpuMs() - c0;
  const events = stats.events[0];
  // The summary after the loop (issue 12: it used to take more than the loop itself).
  const s0 = performance.now();
  finishRun(prepared, [stats]);
  const summaryMs = performance.now() - s0;
  const eventsPerSecond = events / (engineMs / 1000);
  // Pending events in the lane: one arrival plus the passengers in service (≈ offered load).
  const pending = 1 + Math.round(4 * 0.8 + 8 * 0.8 * 1.05 + 4 * 0.8 * 1.05 + 2 * 0.8 + 0.8);
  const bare = bareHeapRate(events, pending);
  const mem = (globalThis as { process?: { memoryUsage?: () => { heapUsed: number } } }).process?.memoryUsage?.();
  return {
    passengers: stats.clearance.passengers[0],
    events,
    engineMs,
    engineCpuMs,
    eventsPerCpuSecond: events / (engineCpuMs / 1000),
    summaryMs,
    eventsPerSecond,
    bareHeapEventsPerSecond: bare,
    ratio: bare / eventsPerSecond,
    peakRssMB: peakRssMB(),
    heapUsedMB: mem ? mem.heapUsed / 1024 / 1024 : NaN,
    node: (globalThis as { process?: { version?: string } }).process?.version ?? 'unknown',
  };
}

export function formatBenchReport(r: BenchReport): string {
  const m = (x: number) => (x / 1e6).toFixed(2);
  return [
    'LaneSim engine benchmark — 4-station tandem lane, 5 % secondary branch, one replication',
    `  passengers cleared     ${r.passengers.toLocaleString('en')}`,
    `  events                 ${r.events.toLocaleString('en')}`,
    `  engine time            ${(r.engineMs / 1000).toFixed(2)} s wall, ${(r.engineCpuMs / 1000).toFixed(2)} s CPU`,
    `  summary (finishRun)    ${r.summaryMs.toFixed(1)} ms (${((100 * r.summaryMs) / r.engineMs).toFixed(1)} % of the loop)`,
    `  event loop with stats  ${m(r.eventsPerCpuSecond)} M events/s by CPU time, ${m(r.eventsPerSecond)} M events/s by wall time (full statistics; target ≥ 7 M)`,
    `  bare heap loop         ${m(r.bareHeapEventsPerSecond)} M events/s`,
    `  ratio (bare / engine)  ${r.ratio.toFixed(2)}×`,
    `  peak memory (RSS)      ${r.peakRssMB.toFixed(0)} MB`,
    `  node                   ${r.node}`,
  ].join('\n');
}
