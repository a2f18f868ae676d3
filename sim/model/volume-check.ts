/**
 * The volume estimate held against the budgets, as validation errors a planner can act on:
 * each names the JSON path to change, the estimated figure and the budget ("about 3.4e9
 * passengers per replication; at most 5,000,000"). `validate`, the editor and `run` all
 * report the same, because they all call `validateScenario`.
 */
import type { CompiledLane } from '../scenario/compile.js';
import type { Scenario } from '../scenario/scenario-schema.js';
import { problem, type ValidationError } from '../scenario/validation-error.js';
import { BUDGETS, estimateVolume, figure, type VolumeEstimate } from './volume-estimate.js';

/** A passenger who visits one station this often on average is caught in a loop. */
const LOOP_VISITS = 1000;

function arrivalPath(s: Scenario, i: number): string {
  const a = s.arrivals[i];
  if (a.kind === 'poisson') return `arrivals[${i}].${a.ratePerHour !== undefined ? 'ratePerHour' : 'schedule'}`;
  return `arrivals[${i}].${a.kind}`;
}

function largest(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}

/** The station to blame for a loop: among the most visited, one whose routing or alarms branch. */
function loopStation(s: Scenario, visits: Float64Array): number {
  const top = largest(visits);
  let best = top;
  s.stations.forEach((st, i) => {
    if (visits[i] < 0.5 * visits[top]) return;
    const branches = Array.isArray(st.next) || (st.alarms?.length ?? 0) > 0;
    if (branches && !(Array.isArray(s.stations[best].next) || (s.stations[best].alarms?.length ?? 0) > 0)) best = i;
  });
  return best;
}

/** A long time as the messages say it: "3.5 days" from two days on, else seconds ("1,200 s"). */
export function days(seconds: number): string {
  return seconds >= 2 * 86400 ? `${figure(seconds / 86400)} days` : `${figure(seconds)} s`;
}

/** Every budget the estimate passes, as errors with paths (empty when the run fits). */
export function volumeErrors(s: Scenario, lane: CompiledLane, intervalSeconds: number, est: VolumeEstimate = estimateVolume(lane, intervalSeconds)): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const g of est.groupSpread) {
    if (g.seconds <= BUDGETS.groupSpreadSeconds) continue;
    const a = s.arrivals[g.source];
    const grp = lane.sources[g.source].groups[g.group];
    const field = a.kind === 'flights' ? 'deplanePerMinute' : 'alightPerMinute';
    const values = { passengers: grp.passengers, group: grp.id, seconds: g.seconds, limit: BUDGETS.groupSpreadSeconds, field };
    errors.push(
      problem(
        `arrivals[${g.source}].${a.kind}[${g.group}].${field}`,
        'group-spread',
        values,
        `the last of ${grp.passengers.toLocaleString('en')} passengers reaches the lane about ${figure(g.seconds)} s after "${grp.id}" arrives; at most ${BUDGETS.groupSpreadSeconds.toLocaleString('en')} s (one week): raise ${field} or shorten the walk`,
      ),
    );
  }
  if (est.passengers > BUDGETS.passengersPerReplication) {
    const i = largest(est.passengersBySource);
    const values = { passengers: est.passengers, horizon: lane.arrivalsSeconds, limit: BUDGETS.passengersPerReplication };
    errors.push(
      problem(
        arrivalPath(s, i),
        'too-many-passengers',
        values,
        `about ${figure(est.passengers)} passengers per replication (horizon ${figure(lane.arrivalsSeconds)} s); at most ${figure(BUDGETS.passengersPerReplication)}: lower the rate or shorten horizon.arrivalsSeconds`,
      ),
    );
  } else if (est.visits > BUDGETS.visitsPerReplication) {
    const st = loopStation(s, est.visitsByStation);
    const perPassenger = est.passengers > 0 ? est.visitsByStation[st] / est.passengers : Infinity;
    errors.push(
      perPassenger >= LOOP_VISITS
        ? problem(
            `stations[${st}].${!Array.isArray(s.stations[st].next) && (s.stations[st].alarms?.length ?? 0) > 0 ? 'alarms' : 'next'}`,
            'loop-visits',
            { station: lane.stations[st].id, perPassenger, visits: est.visits, limit: BUDGETS.visitsPerReplication },
            `passengers visit "${lane.stations[st].id}" about ${figure(perPassenger)} times each (a loop that rarely lets them out): about ${figure(est.visits)} station visits per replication; at most ${figure(BUDGETS.visitsPerReplication)}`,
          )
        : problem(
            arrivalPath(s, largest(est.passengersBySource)),
            'too-many-visits',
            { visits: est.visits, passengers: est.passengers, limit: BUDGETS.visitsPerReplication },
            `about ${figure(est.visits)} station visits per replication (${figure(est.passengers)} passengers); at most ${figure(BUDGETS.visitsPerReplication)}: lower the rate or shorten horizon.arrivalsSeconds`,
          ),
    );
  }
  if (errors.length === 0 && est.drainSeconds > BUDGETS.drainSeconds) {
    const contributions = est.tailByStation.map((t, i) => (est.visitsByStation[i] > 0 ? t : 0));
    const st = largest(contributions);
    const values = { station: lane.stations[st].id, tail: est.tailByStation[st], drain: est.drainSeconds, limit: BUDGETS.drainSeconds };
    errors.push(
      problem(
        `stations[${st}].service`,
        'long-drain',
        values,
        `one visit in a million to "${lane.stations[st].id}" takes about ${days(est.tailByStation[st])}, so the lane may take about ${days(est.drainSeconds)} to empty after the last arrival; at most ${days(BUDGETS.drainSeconds)}: lower the mean or the variability (cv) there`,
      ),
    );
  } else if (errors.length === 0 && est.seriesValues > BUDGETS.seriesValuesPerReplication) {
    const until = est.lastArrivalSeconds + est.drainSeconds;
    const values = { values: est.seriesValues, stations: lane.stations.length, interval: intervalSeconds, until, limit: BUDGETS.seriesValuesPerReplication };
    errors.push(
      problem(
        'horizon.arrivalsSeconds',
        'too-many-series',
        values,
        `about ${figure(est.seriesValues)} time-series values per replication (${lane.stations.length} stations, one value per ${intervalSeconds} s until about ${figure(until)} s); at most ${figure(BUDGETS.seriesValuesPerReplication)}`,
      ),
    );
  }
  return errors;
}
