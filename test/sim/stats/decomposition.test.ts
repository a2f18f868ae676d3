/**
 * Where each second goes: the parts (walking, queueing, service, waiting for bags,
 * secondary inspection) add up to the clearance time exactly (`===`, added in the order of
 * PARTS) — per passenger (a lane with one passenger per replication, and every passenger
 * of a recorded replication's log) and on average for every bundled lane, overall, per
 * class and per replication;
 * they land where the lane says (reclaim waits are bags, alarm visits are secondary); and
 * any split of the replications gives the same figures.
 */
import { describe, expect, it } from 'vitest';
import { finishRun, prepareRun, run, runBlock, runDetailed, type Scenario } from '../../../sim/index.js';
import { PARTS } from '../../../sim/stats/collectors/decomposition-collector.js';
import { bundled } from '../scenario/bundled.js';

const sumParts = (m: Record<(typeof PARTS)[number], number>) => PARTS.reduce((a, p) => a + m[p], 0);
/** Exactly: the parts added in the order of PARTS are the clearance, not just near it. */
const exact = (parts: Record<(typeof PARTS)[number], number>, clearance: number) => expect(sumParts(parts)).toBe(clearance);
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));

describe('clearance decomposition', () => {
  it('adds up to the clearance time of each passenger', () => {
    const one: Scenario = {
      format: 'lanesim/scenario@1',
      name: 'one passenger',
      horizon: { arrivalsSeconds: 3600 },
      classes: [{ id: 'all', share: 1, bags: [{ count: 2, probability: 1 }] }],
      arrivals: [{ kind: 'vehicles', vehicles: [{ id: 'car', atSeconds: 5, passengers: 1, alightPerMinute: 10, walk: { dist: 'uniform', min: 5, max: 50 } }] }],
      entry: 'thermal',
      stations: [
        { id: 'thermal', mode: 'delay', checks: ['temperature'], service: { dist: 'uniform', min: 1, max: 3 }, alarms: [{ check: 'temperature', probability: 0.5, to: 'quarantine' }], next: 'desk' },
        { id: 'desk', mode: 'queue', servers: 1, checks: ['border'], walk: { dist: 'uniform', min: 10, max: 40 }, service: { dist: 'lognormal', mean: 50, cv: 0.4 }, next: 'reclaim' },
        { id: 'reclaim', mode: 'reclaim', checks: ['baggage-reclaim'], reclaim: { firstBagSeconds: 600, bagsPerMinute: 10 }, service: { dist: 'uniform', min: 10, max: 30 }, perBag: { dist: 'uniform', min: 2, max: 5 }, next: 'exit' },
        { id: 'quarantine', mode: 'queue', servers: 1, checks: ['quarantine'], walk: { dist: 'constant', value: 7.3 }, service: { dist: 'exponential', mean: 300 }, next: 'desk' },
      ],
    };
    const r = run(one, { replications: 60, seed: 9 });
    const d = r.decomposition!;
    let alarmed = 0;
    r.perReplication.mean.forEach((clearance, i) => {
      expect(PARTS.reduce((a, p) => a + d.perReplication.parts[p][i], 0)).toBe(clearance);
      if (d.perReplication.parts.secondary[i] > 0) alarmed++;
    });
    // About half the passengers alarm; their quarantine time (walk, wait, service) is secondary, nothing else is.
    expect(alarmed).toBeGreaterThan(15);
    expect(d.overall.mean.bags).toBeGreaterThan(100);
    // At the station the same time reads as its own walk and service; the passenger's part is secondary.
    const q = d.stations.find((s) => s.id === 'quarantine')!;
    expect(q.secondary).toBe(0);
    close(q.walking + q.queueing + q.service, d.overall.mean.secondary);
    expect(d.stations.find((s) => s.id === 'reclaim')!.queueing).toBe(0);
    expect(d.stations.find((s) => s.id === 'desk')!.walking).toBeGreaterThan(10);
  });

  it.each(['harbin-t1-entry-classic.json', 'harbin-t1-entry-smart.json', 'harbin-t1-exit-classic.json', 'harbin-t1-exit-merged.json', 'heihe-road-port.json'])(
    '%s: the mean parts add up to the mean clearance, overall, per class and per station',
    (file) => {
      const r = run(bundled(file), { replications: 6, seed: 2 });
      const d = r.decomposition!;
      exact(d.overall.mean, r.clearance.mean);
      close(PARTS.reduce((a, p) => a + d.overall.share[p], 0), 1);
      for (const [id, c] of Object.entries(d.byClass)) exact(c.mean, r.byClass[id].mean);
      r.perReplication.mean.forEach((clearance, i) => expect(PARTS.reduce((a, p) => a + d.perReplication.parts[p][i], 0)).toBe(clearance));
      close(d.stations.reduce((a, s) => a + sumParts(s), 0), sumParts(d.overall.mean));
      close(d.stations.reduce((a, s) => a + s.bags, 0), d.overall.mean.bags);
      // The slowest passengers: at least 5 % of them, each slower than the threshold near p95.
      expect(d.overall.p95.passengers).toBeGreaterThanOrEqual(0.05 * r.passengers);
      expect(d.overall.p95.fromSeconds).toBeLessThanOrEqual(r.clearance.p95);
      expect(sumParts(d.overall.p95.mean)).toBeGreaterThanOrEqual(d.overall.p95.fromSeconds);
    },
  );

  it.each(['harbin-t1-exit-classic.json', 'harbin-t1-entry-smart.json', 'heihe-road-port.json'])('%s: every passenger of the recorded replication, parts = exit − entry exactly', (file) => {
    const { log } = runDetailed(bundled(file), { replications: 2, seed: 5, recordVisits: 1_000_000 });
    const P = log!.passengers;
    const parts = P.parts!;
    let cleared = 0;
    let alarmed = 0;
    for (let i = 0; i < P.length; i++) {
      const row = parts.subarray(i * PARTS.length, (i + 1) * PARTS.length);
      if (Number.isNaN(P.exit[i])) {
        expect(Number.isNaN(row[0]), `passenger ${i} still in the lane`).toBe(true);
        continue;
      }
      cleared++;
      let sum = 0;
      for (const v of row) sum += v;
      expect(sum, `passenger ${i}`).toBe(P.exit[i] - P.entry[i]);
      expect(Math.min(...row), `passenger ${i}`).toBeGreaterThanOrEqual(0);
      if (row[PARTS.indexOf('secondary')] > 0) alarmed++;
    }
    expect(cleared).toBeGreaterThan(300);
    // Secondary inspection is only for those an alarm sent there, and is never a rounding.
    const alarmVisits = new Set<number>();
    for (let v = 0; v < log!.visits.length; v++) if (log!.visits.alarm[v]) alarmVisits.add(log!.visits.passenger[v]);
    expect(alarmed).toBeLessThanOrEqual(alarmVisits.size);
  });

  it('the entry lanes: most of the smart lane is waiting for bags; the exit pair differs in service', () => {
    const smart = run(bundled('harbin-t1-entry-smart.json'), { replications: 6, seed: 2 }).decomposition!;
    expect(smart.overall.share.bags).toBeGreaterThan(0.5);
    const a = run(bundled('harbin-t1-exit-classic.json'), { replications: 6, seed: 2 }).decomposition!;
    const b = run(bundled('harbin-t1-exit-merged.json'), { replications: 6, seed: 2 }).decomposition!;
    expect(a.overall.mean.service - b.overall.mean.service).toBeGreaterThan(20);
    expect(Math.abs(a.overall.mean.queueing - b.overall.mean.queueing)).toBeLessThan(5);
  });

  it('gives the same figures for any split of the replications', () => {
    const prepared = prepareRun(bundled('heihe-road-port.json'), { replications: 5, seed: 4 });
    const whole = finishRun(prepared, [runBlock(prepared, 0, 5)]);
    const split = finishRun(prepared, [runBlock(prepared, 3, 2), runBlock(prepared, 0, 3)]);
    expect(split.decomposition).toEqual(whole.decomposition);
  });
});
