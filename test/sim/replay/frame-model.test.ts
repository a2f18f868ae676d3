import { describe, expect, it } from 'vitest';
import { prepareRun, runDetailed, runRecorded } from '../../../sim/index.js';
import {
  buildReplayModel,
  computeFrame,
  createFrame,
  EventKind,
  journeyOf,
  nextEventIndex,
  PaxState,
  placePassengers,
  previousEventIndex,
  rebuildTrace,
  type ReplayModel,
} from '../../../sim/replay/index.js';
import { loadFixture } from './helpers.js';

const scenario = loadFixture();
const SEED = 11;
const { log, stats } = rebuildTrace(scenario, SEED, 400_000);
const model: ReplayModel = buildReplayModel(scenario, log);
const { index } = model;
const vis = log.visits;

/** Queue (or bag wait) lengths implied directly by the visits, by brute force. */
function bruteQueue(s: number, t: number): number {
  let n = 0;
  for (let v = 0; v < vis.length; v++) if (vis.station[v] === s && vis.arrive[v] <= t && t < vis.start[v]) n++;
  return n;
}

function sampleTimes(count: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(index.tStart + ((i + 0.5) / count) * (index.tEnd - index.tStart));
  return out;
}

describe('replay trace against the run', () => {
  it('records the whole fixture (no truncation) with flights, alarms and several stations', () => {
    expect(log.truncated).toBe(false);
    expect(log.completeUntil).toBe(Infinity);
    expect(log.passengers.length).toBeGreaterThan(400);
    let alarms = 0;
    for (let v = 0; v < vis.length; v++) alarms += vis.alarm[v];
    expect(alarms).toBeGreaterThan(0);
  });

  it('gives the same clearance times as replication 0 reports', () => {
    const prepared = prepareRun(scenario, { seed: SEED, replications: 1, recordVisits: 400_000, allowOverload: true });
    const { block: rep } = runRecorded(prepared, 0);
    const fromTrace: number[] = [];
    const pas = log.passengers;
    for (let p = 0; p < pas.length; p++) if (pas.entry[p] >= scenario.horizon.warmupSeconds!) fromTrace.push(pas.exit[p] - pas.entry[p]);
    // Count, sum, extremes and the histogram of the clearances agree with the trace.
    expect(fromTrace.length).toBe(rep.clearance.passengers[0]);
    expect(fromTrace.reduce((a, b) => a + b, 0)).toBeCloseTo(rep.clearance.sum[0], 6);
    expect(Math.min(...fromTrace)).toBe(rep.histograms.clearance.min);
    expect(Math.max(...fromTrace)).toBe(rep.histograms.clearance.max);
    expect(stats).toEqual(rep);
  });

  it('frames carry the clearances in the order passengers left, newest first', () => {
    const frame = createFrame(index);
    // Clearances in order of leaving (after warm-up), from the trace.
    const order = Array.from({ length: log.passengers.length }, (_, p) => p).filter((p) => log.passengers.entry[p] >= scenario.horizon.warmupSeconds!);
    order.sort((a, b) => log.passengers.exit[a] - log.passengers.exit[b] || a - b);
    const clearance = order.map((p) => log.passengers.exit[p] - log.passengers.entry[p]);
    computeFrame(index, index.tEnd, frame);
    expect(frame.cleared).toBe(log.passengers.length);
    expect(frame.recentSeconds[0]).toBe(clearance[clearance.length - 1]);
    expect(frame.recentSeconds[1]).toBe(clearance[clearance.length - 2]);
  });

  it('queue lengths in frames equal those implied by the visits', () => {
    const frame = createFrame(index);
    for (const t of sampleTimes(150)) {
      computeFrame(index, t, frame);
      for (let s = 0; s < index.nStations; s++) expect(frame.queue[s], `station ${s} at ${t}`).toBe(bruteQueue(s, t));
    }
  });

  it('queue lengths and passengers in the lane equal the run’s own time series', () => {
    const { result } = runDetailed(scenario, { seed: SEED, replications: 1, intervalSeconds: 60 });
    const frame = createFrame(index);
    const series = result.timeseries;
    let compared = 0;
    for (let k = 1; k < series.t.length; k++) {
      // The run samples the state just before any event at the boundary.
      const t = series.t[k] - 1e-7;
      computeFrame(index, t, frame);
      expect(frame.inLane, `in lane at ${series.t[k]}`).toBe(series.inLane[k]);
      model.lane.stations.forEach((st, s) => {
        if (st.mode !== 0) return; // the run's series counts queue stations' queues only
        expect(frame.queue[s], `${st.id} at ${series.t[k]}`).toBe(series.queue[st.id][k]);
      });
      compared++;
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('places every passenger in the lane exactly once, with consistent queue places and server slots', () => {
    const frame = createFrame(index);
    const pas = log.passengers;
    for (const t of sampleTimes(80)) {
      computeFrame(index, t, frame);
      let brute = 0;
      for (let p = 0; p < pas.length; p++) if (pas.entry[p] <= t && !(pas.exit[p] <= t)) brute++;
      expect(frame.count).toBe(brute);
      expect(new Set(frame.pid.subarray(0, frame.count)).size).toBe(frame.count);
      for (let s = 0; s < index.nStations; s++) {
        const places: number[] = [];
        const slots: number[] = [];
        for (let i = 0; i < frame.count; i++) {
          if (frame.station[i] !== s) continue;
          if (frame.state[i] === PaxState.Queued) places.push(frame.slot[i]);
          if (frame.state[i] === PaxState.InService) slots.push(frame.slot[i]);
        }
        places.sort((a, b) => a - b);
        expect(places).toEqual(places.map((_, k) => k));
        expect(new Set(slots).size).toBe(slots.length);
        const max = model.lane.stations[s].schedule?.max ?? 0;
        for (const sl of slots) expect(sl >= 0 && sl < max).toBe(true);
      }
    }
  });

  it('keeps everyone on the floor plan', () => {
    const frame = createFrame(index);
    const xs = new Float32Array(frame.pid.length);
    const ys = new Float32Array(frame.pid.length);
    for (const t of sampleTimes(40)) {
      computeFrame(index, t, frame);
      placePassengers(frame, model.layout, xs, ys);
      for (let i = 0; i < frame.count; i++) {
        expect(xs[i] >= 0 && xs[i] <= model.layout.width && ys[i] >= 0 && ys[i] <= model.layout.height, `${xs[i]},${ys[i]}`).toBe(true);
      }
    }
  });

  it('steps event by event in time order and finds the peak of the queue curve', () => {
    const ev = model.events;
    for (let i = 1; i < ev.length; i++) expect(ev.time[i] >= ev.time[i - 1]).toBe(true);
    let enters = 0;
    for (let i = 0; i < ev.length; i++) if (ev.kind[i] === EventKind.Enter) enters++;
    expect(enters).toBe(log.passengers.length);
    const t = 1000;
    const n = nextEventIndex(ev, t);
    expect(ev.time[n]).toBeGreaterThan(t);
    expect(ev.time[n - 1]).toBeLessThanOrEqual(t);
    const p = previousEventIndex(ev, ev.time[n]);
    expect(ev.time[p]).toBeLessThan(ev.time[n]);
    const frame = createFrame(index);
    computeFrame(index, model.curve.peakTime, frame);
    let total = 0;
    model.lane.stations.forEach((st, s) => {
      if (st.mode === 0) total += frame.queue[s];
    });
    expect(total).toBe(model.curve.peakQueue);
    for (const tt of sampleTimes(60)) {
      computeFrame(index, tt, frame);
      let q = 0;
      model.lane.stations.forEach((st, s) => {
        if (st.mode === 0) q += frame.queue[s];
      });
      expect(q).toBeLessThanOrEqual(model.curve.peakQueue);
    }
  });

  it('follows a passenger: walks, waits and services add up to the clearance time', () => {
    const pas = log.passengers;
    for (const p of [0, 17, Math.floor(pas.length / 2), pas.length - 1]) {
      const j = journeyOf(index, p);
      let sum = 0;
      for (const s of j.steps) sum += s.arrive - s.walkFrom + s.wait + s.service;
      expect(sum).toBeCloseTo(j.exit - j.entry, 6);
    }
  });

  it('a truncated log says until when it is complete, and frames before that match the full log', () => {
    const small = rebuildTrace(scenario, SEED, 600).log;
    expect(small.truncated).toBe(true);
    const until = small.completeUntil!;
    expect(until).toBeGreaterThan(0);
    expect(until).toBeLessThan(index.tEnd);
    const m2 = buildReplayModel(scenario, small);
    const f1 = createFrame(index);
    const f2 = createFrame(m2.index);
    for (const t of [until * 0.3, until * 0.6, until * 0.95]) {
      computeFrame(index, t, f1);
      computeFrame(m2.index, t, f2);
      expect(f2.complete).toBe(true);
      expect(Array.from(f2.queue)).toEqual(Array.from(f1.queue));
      expect(f2.inLane).toBe(f1.inLane);
    }
    computeFrame(m2.index, until + 1, f2);
    expect(f2.complete).toBe(false);
  });

  it('rebuilds the same trace from scenario and seed', () => {
    const again = rebuildTrace(scenario, SEED, 400_000).log;
    expect(Array.from(again.visits.end)).toEqual(Array.from(vis.end));
    expect(Array.from(again.passengers.classIndex)).toEqual(Array.from(log.passengers.classIndex));
  });
});
