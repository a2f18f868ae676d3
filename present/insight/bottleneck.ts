/**
 * Which station to relieve first. The busiest station on average is the wrong answer for a
 * day with flight banks: desks 30 % busy over the day can be saturated for the hour that
 * matters while a steadily 70 % busy X-ray never queues. What passengers feel is time lost
 * waiting, so the bottleneck is the queue station with the most waiting in total — mean
 * wait × passengers served. Pure: the results view and the HTML report mark the same row,
 * and Sweep & plan start from it.
 */
import { compileScenario, offeredLoads, type RunResult, type Scenario } from '../../sim/index.js';

export interface Bottleneck {
  id: string;
  /** Passenger-hours spent waiting at the station, per replication. */
  lostHoursPerReplication: number;
  meanWait: number;
  /** Passengers served per replication. */
  servedPerReplication: number;
  utilization: number;
  peakUtilization: number;
}

/**
 * The queue station where passengers lose the most time (largest meanWait × served); on a
 * tie, the one with the higher peak utilisation. Null when no queue station kept anyone
 * waiting: then there is nothing to relieve.
 */
export function bottleneck(result: RunResult): Bottleneck | null {
  let best: Bottleneck | null = null;
  const reps = Math.max(1, result.replications);
  for (const s of result.stations) {
    if (s.mode !== 'queue' || s.served <= 0) continue;
    const lost = (s.meanWait * s.served) / reps / 3600;
    if (!(lost > 0)) continue;
    if (best && (lost < best.lostHoursPerReplication || (lost === best.lostHoursPerReplication && s.peakUtilization <= best.peakUtilization))) continue;
    best = { id: s.id, lostHoursPerReplication: lost, meanWait: s.meanWait, servedPerReplication: s.served / reps, utilization: s.utilization, peakUtilization: s.peakUtilization };
  }
  return best;
}

/** The bottleneck's station id, or null. */
export function bottleneckOf(result: RunResult): string | null {
  return bottleneck(result)?.id ?? null;
}

/**
 * The station a sweep or a plan should start from: the bottleneck of the latest run of the
 * lane when there is one (and it names a station the lane still has), else, before any run,
 * the queue station with the highest offered load (the traffic equations' utilisation over
 * the arrival window, `offeredLoads`). Null when the lane has no queue station.
 */
export function bottleneckStation(scenario: Scenario, result?: RunResult | null): string | null {
  const ids = new Set(scenario.stations.filter((s) => s.mode === 'queue').map((s) => s.id));
  const fromRun = result ? bottleneckOf(result) : null;
  if (fromRun !== null && ids.has(fromRun)) return fromRun;
  let best: { id: string; load: number } | null = null;
  try {
    for (const l of offeredLoads(compileScenario(scenario))) {
      if (!ids.has(l.id) || !(l.load >= 0)) continue;
      if (!best || l.load > best.load) best = { id: l.id, load: l.load };
    }
  } catch {
    // A lane that does not compile has no loads: fall back to the first queue station.
  }
  return best?.id ?? ids.values().next().value ?? null;
}
