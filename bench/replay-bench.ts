/**
 * Replay benchmark: is the animation smooth with 2,000 passengers on screen? A flight bank
 * heavier than the desks can take fills the lane; the benchmark then measures (1) the
 * frame model plus placement per frame in Node, around the moment with the most passengers
 * in the lane, and (2) when Chromium is available, real frames of the replay page playing
 * that moment: the page's own work per frame (model + canvas drawing) and the interval
 * between animation frames (60 fps is 16.7 ms).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINE_VERSION, validateScenario, type Scenario } from '../sim/index.js';
import { buildReplayModel, computeFrame, createFrame, placePassengers, rebuildTrace, serializeReplay } from '../sim/replay/index.js';
import { buildReplayPage, CHROMIUM, launchChromium, serveFolder } from './replay-browser.js';

export interface FrameTimes {
  frames: number;
  p50: number;
  p95: number;
  max: number;
}

export interface ReplayBenchReport {
  scenario: string;
  passengers: number;
  visits: number;
  /** Passengers on screen in the measured frames (smallest and largest). */
  onScreenMin: number;
  onScreenMax: number;
  /** Building the index, events, curve and layout from the log, ms. */
  modelBuildMs: number;
  /** Frame model + placement per frame in Node, ms. */
  node: FrameTimes;
  /** Chromium, when it could run: the page's work per frame, and the time between frames. */
  chromium: { work: FrameTimes; interval: FrameTimes; fps: number; onScreen: number } | { skipped: string };
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A flight bank of 4,200 passengers in 45 minutes: the lane holds 2,000+ at its peak. */
export function benchScenario(): Scenario {
  const flights = Array.from({ length: 7 }, (_, i) => ({
    id: `BK${100 + i}`,
    atSeconds: 300 + i * 420,
    passengers: 600,
    deplanePerMinute: 60,
    walk: { dist: 'uniform' as const, min: 60, max: 300 },
  }));
  const json = {
    format: 'lanesim/scenario@1',
    name: 'Replay benchmark — heavy flight bank',
    seed: 3,
    horizon: { arrivalsSeconds: 3600 },
    classes: [
      { id: 'citizen', label: 'Citizens', share: 0.6 },
      { id: 'foreign', label: 'Foreign nationals', share: 0.35 },
      { id: 'crew', label: 'Crew', share: 0.05 },
    ],
    arrivals: [{ kind: 'flights', flights }],
    entry: 'corridor',
    stations: [
      { id: 'corridor', label: 'Smart corridor', mode: 'delay', checks: ['temperature', 'radiation'], service: { dist: 'uniform', min: 8, max: 14 }, alarms: [{ check: 'temperature', probability: 0.01, to: 'quarantine' }], next: [{ to: 'egates', classes: ['citizen'], share: 0.8 }, { to: 'desks' }] },
      { id: 'egates', label: 'E-gates', mode: 'queue', checks: ['border'], servers: 6, walk: { dist: 'uniform', min: 15, max: 30 }, service: { dist: 'lognormal', mean: 15, cv: 0.4 }, next: 'customs' },
      { id: 'desks', label: 'Border desks', mode: 'queue', checks: ['border'], servers: 12, walk: { dist: 'uniform', min: 15, max: 30 }, service: { dist: 'lognormal', mean: 55, cv: 0.5 }, next: 'customs' },
      { id: 'quarantine', label: 'Quarantine', mode: 'queue', checks: ['quarantine'], servers: 2, service: { dist: 'exponential', mean: 180 }, next: 'desks' },
      { id: 'customs', label: 'Customs', mode: 'queue', checks: ['customs'], servers: 8, walk: { dist: 'uniform', min: 10, max: 20 }, service: { dist: 'uniform', min: 4, max: 10 }, next: 'exit' },
    ],
  };
  const v = validateScenario(json);
  if (!v.ok) throw new Error(`bench scenario invalid: ${JSON.stringify(v.errors)}`);
  return v.scenario;
}

function times(samples: number[]): FrameTimes {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => (s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN);
  return { frames: s.length, p50: at(0.5), p95: at(0.95), max: s.length ? s[s.length - 1] : NaN };
}

const now = () => performance.now();

/** Runs the benchmark; `chromiumSeconds` = 0 skips the browser part. */
export async function runReplayBench(options: { nodeFrames?: number; chromiumSeconds?: number } = {}): Promise<ReplayBenchReport> {
  const scenario = benchScenario();
  const { log } = rebuildTrace(scenario, scenario.seed ?? 1, 2_000_000);
  const t0 = now();
  const model = buildReplayModel(scenario, log);
  const modelBuildMs = now() - t0;
  // The moment with the most passengers in the lane.
  let best = 0;
  for (let i = 1; i < model.curve.inLane.length; i++) if (model.curve.inLane[i] > model.curve.inLane[best]) best = i;
  const peakT = model.curve.t[best];

  const frame = createFrame(model.index);
  const xs = new Float32Array(frame.pid.length);
  const ys = new Float32Array(frame.pid.length);
  const nFrames = options.nodeFrames ?? 1200;
  const samples: number[] = [];
  let onMin = Infinity;
  let onMax = 0;
  // 60 fps at 60× speed: one simulated second per frame, starting a little before the peak.
  for (let i = 0; i < nFrames; i++) {
    const t = peakT - nFrames / 4 + i;
    const a = now();
    computeFrame(model.index, t, frame);
    placePassengers(frame, model.layout, xs, ys);
    samples.push(now() - a);
    onMin = Math.min(onMin, frame.count);
    onMax = Math.max(onMax, frame.count);
  }

  const report: ReplayBenchReport = {
    scenario: scenario.name,
    passengers: log.passengers.length,
    visits: log.visits.length,
    onScreenMin: onMin,
    onScreenMax: onMax,
    modelBuildMs,
    node: times(samples.slice(Math.min(60, samples.length >> 2))),
    chromium: { skipped: 'not run' },
  };

  const seconds = options.chromiumSeconds ?? 5;
  if (seconds <= 0) return report;
  if (!existsSync(CHROMIUM)) {
    report.chromium = { skipped: `${CHROMIUM} not found` };
    return report;
  }
  const work = join(ROOT, 'test-results', 'replay-bench');
  mkdirSync(work, { recursive: true });
  const file = join(work, 'bench.replay.json');
  writeFileSync(file, serializeReplay({ scenario, seed: scenario.seed ?? 1, recordVisits: 2_000_000, bookmarks: [{ atSeconds: peakT, note: 'peak' }], log }, { includeTrace: true, engine: ENGINE_VERSION }));
  const server = await serveFolder(await buildReplayPage(join(work, 'dist')));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${server.url}?lang=en`);
    await page.waitForSelector('[data-testid=replay-canvas]', { timeout: 60_000 });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('replay-open').click()]);
    await chooser.setFiles(file);
    await page.waitForFunction((n) => (window.__lanesimReplay?.player.model.index.nPassengers ?? 0) === n, log.passengers.length, { timeout: 60_000 });
    // Play at 60× from a minute before the busiest moment.
    const result = await page.evaluate(
      async ({ start, ms }) => {
        const r = window.__lanesimReplay!;
        r.player.seek(start);
        r.player.setSpeed(60);
        r.player.play();
        const from = r.stats.count;
        const intervals: number[] = [];
        let onScreen = 0;
        await new Promise<void>((done) => {
          let last = performance.now();
          const end = last + ms;
          const tick = (t: number) => {
            intervals.push(t - last);
            last = t;
            onScreen = Math.max(onScreen, r.stats.onScreen);
            if (t < end) requestAnimationFrame(tick);
            else done();
          };
          requestAnimationFrame(tick);
        });
        r.player.pause();
        const n = Math.min(r.stats.count - from, r.stats.frameMs.length);
        const workMs: number[] = [];
        for (let i = r.stats.count - n; i < r.stats.count; i++) workMs.push(r.stats.frameMs[i % r.stats.frameMs.length]);
        return { intervals: intervals.slice(1), workMs, onScreen };
      },
      { start: peakT - 60, ms: seconds * 1000 },
    );
    const interval = times(result.intervals);
    report.chromium = {
      work: times(result.workMs),
      interval,
      fps: result.intervals.length / seconds,
      onScreen: result.onScreen,
    };
  } finally {
    await browser.close();
    await server.close();
  }
  return report;
}

const ms = (x: number) => `${x.toFixed(2)} ms`;

/** The report as a few lines for the terminal. */
export function formatReplayBenchReport(r: ReplayBenchReport): string {
  const lines = [
    `replay bench: ${r.scenario}`,
    `  trace: ${r.passengers.toLocaleString('en')} passengers, ${r.visits.toLocaleString('en')} visits; model built in ${ms(r.modelBuildMs)}`,
    `  on screen: ${r.onScreenMin.toLocaleString('en')}–${r.onScreenMax.toLocaleString('en')} passengers`,
    `  node frame model + placement: p50 ${ms(r.node.p50)}, p95 ${ms(r.node.p95)}, max ${ms(r.node.max)} over ${r.node.frames} frames`,
  ];
  const c = r.chromium;
  if ('skipped' in c) lines.push(`  chromium: skipped (${c.skipped})`);
  else {
    lines.push(`  chromium work per frame (model + canvas): p50 ${ms(c.work.p50)}, p95 ${ms(c.work.p95)}, max ${ms(c.work.max)} over ${c.work.frames} frames, ${c.onScreen.toLocaleString('en')} on screen`);
    lines.push(`  chromium frame interval: p50 ${ms(c.interval.p50)}, p95 ${ms(c.interval.p95)}, max ${ms(c.interval.max)} (${c.fps.toFixed(1)} fps)`);
  }
  return lines.join('\n');
}
