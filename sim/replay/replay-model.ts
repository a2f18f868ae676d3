/**
 * Everything a replay view needs, built once from a scenario and its run log: the compiled
 * lane, the index for frames, the event list for stepping, the queue curve and peak for the
 * timeline, and the floor plan. Pure data; the renderer only draws it.
 */
import { compileScenario, type CompiledLane } from '../scenario/compile.js';
import type { Scenario } from '../scenario/scenario-schema.js';
import type { RunLog } from '../stats/result-types.js';
import { layoutFloorPlan, type FloorPlan } from './floor-plan.js';
import { buildReplayIndex, type ReplayIndex } from './replay-index.js';
import { buildEvents, buildQueueCurve, type QueueCurve, type ReplayEvents } from './timeline.js';

export interface ReplayModel {
  lane: CompiledLane;
  index: ReplayIndex;
  events: ReplayEvents;
  curve: QueueCurve;
  layout: FloorPlan;
}

/** Builds the model; throws if the log was not recorded on this scenario's lane. */
export function buildReplayModel(scenario: Scenario, log: RunLog): ReplayModel {
  const lane = compileScenario(scenario);
  const ids = lane.stations.map((s) => s.id).join('\u0000');
  if (ids !== log.stationIds.join('\u0000')) throw new Error('The trace was recorded on other stations than this scenario has.');
  const index = buildReplayIndex(log, lane);
  const events = buildEvents(index);
  const curve = buildQueueCurve(index, events);
  const layout = layoutFloorPlan(lane, curve.maxQueueByStation);
  return { lane, index, events, curve, layout };
}

/** One row of a followed passenger's journey. */
export interface JourneyStep {
  station: number;
  /** Walk start: the previous visit's end, or the lane entry. */
  walkFrom: number;
  arrive: number;
  start: number;
  end: number;
  wait: number;
  service: number;
  server: number;
  alarm: boolean;
}

export interface Journey {
  passenger: number;
  classIndex: number;
  bags: number;
  source: number;
  entry: number;
  /** NaN when the passenger had not left (truncated log). */
  exit: number;
  steps: JourneyStep[];
}

/** A passenger's times at each station, for the follow panel. */
export function journeyOf(index: ReplayIndex, p: number): Journey {
  const { passengers: pas, visits: vis } = index.log;
  const steps: JourneyStep[] = [];
  let prev = pas.entry[p];
  for (let i = index.pvStart[p]; i < index.pvStart[p + 1]; i++) {
    const v = index.pvList[i];
    steps.push({
      station: vis.station[v],
      walkFrom: prev,
      arrive: vis.arrive[v],
      start: vis.start[v],
      end: vis.end[v],
      wait: vis.start[v] - vis.arrive[v],
      service: vis.end[v] - vis.start[v],
      server: vis.server[v],
      alarm: vis.alarm[v] !== 0,
    });
    prev = vis.end[v];
  }
  return { passenger: p, classIndex: pas.classIndex[p], bags: pas.bags[p], source: pas.source[p], entry: pas.entry[p], exit: pas.exit[p], steps };
}
