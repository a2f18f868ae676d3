/**
 * The statistics collection of a block of replications: one collector per concern
 * (clearance, stations, series) fed by the replication loop, closed replication by
 * replication, and turned into one `BlockStats` at the end. To add a concern: a collector
 * file beside these, its calls at the points of the loop it observes, its section in
 * block-stats.ts (with its merge rule) and its part of the summary.
 */
import { ModeCode, type CompiledLane } from '../../scenario/compile.js';
import { BLOCK_FORMAT, type BlockStats } from '../block-stats.js';
import { ClearanceCollector } from './clearance-collector.js';
import { GroupCollector } from './group-collector.js';
import { DecompositionCollector } from './decomposition-collector.js';
import { IntervalCollector } from './interval-collector.js';
import { SeriesCollector } from './series-collector.js';
import { StationCollector, type StationStateView } from './station-collector.js';

/** What the loop reports about a replication when it ends. */
export interface ReplicationEnd {
  replication: number;
  events: number;
  warmup: number;
  /** Last exit (at least the warm-up): the end of the observation window. */
  end: number;
  /** Time of the last event (at least the warm-up): where the series and integrals close. */
  closeAt: number;
  entered: number;
  inLane: number;
}

const NO_STATE: StationStateView = { queues: [], busy: new Int32Array(0), open: new Int32Array(0), inStation: new Int32Array(0) };

export class BlockCollector {
  readonly clearance: ClearanceCollector;
  readonly stations: StationCollector;
  readonly series: SeriesCollector;
  /** Per flight or vehicle; null when the lane has none. */
  readonly groups: GroupCollector | null;
  /** Where each second of clearance goes (decomposition-collector.ts). */
  readonly decomposition: DecompositionCollector;
  private readonly replications: number[] = [];
  private readonly events: number[] = [];
  private readonly warmup: number[] = [];
  private readonly end: number[] = [];
  private readonly entered: number[] = [];

  constructor(lane: CompiledLane, intervalSeconds: number) {
    const n = lane.stations.length;
    this.clearance = new ClearanceCollector(lane.classes.length, lane.targetSeconds);
    this.stations = new StationCollector(n, NO_STATE, {
      fixedServers: lane.stations.map((st) => st.schedule === null || st.schedule.times.length === 1),
      reclaim: lane.stations.map((st) => st.mode === ModeCode.Reclaim),
      warmup: lane.warmupSeconds > 0,
    });
    this.series = new SeriesCollector(n, intervalSeconds, NO_STATE, this.stations);
    this.decomposition = new DecompositionCollector(lane);

    // Level of service and staffing per interval: queue and reclaim stations (a reclaim's waiting area is everyone at the belt).
    if (intervalSeconds > 0) {
      this.stations.perInterval = new IntervalCollector(intervalSeconds, lane.stations.map((st) => st.mode !== ModeCode.Delay));
    }
    let groups = 0;
    for (const src of lane.sources) groups += src.groups.length;
    const cutoffs = lane.sources.flatMap((src) => src.groups.map((g) => (g.departure ? g.departure.cutoff : null)));
    this.groups = groups > 0 ? new GroupCollector(groups, lane.targetSeconds, cutoffs) : null;
  }

  /** The next replication's station state. */
  bind(state: StationStateView): void {
    this.stations.bind(state);
    this.series.bind(state);
  }

  endReplication(r: ReplicationEnd): void {
    this.series.endReplication(r.closeAt, r.inLane);
    this.stations.endReplication();
    this.clearance.endReplication();
    this.decomposition.endReplication();
    this.groups?.endReplication();
    this.replications.push(r.replication);
    this.events.push(r.events);
    this.warmup.push(r.warmup);
    this.end.push(r.end);
    this.entered.push(r.entered);
  }

  toBlock(scenarioHash: string, seed: number): BlockStats {
    const c = this.clearance.columns();
    const st = this.stations.columns();
    return {
      format: BLOCK_FORMAT,
      scenarioHash,
      seed,
      replications: this.replications,
      events: this.events,
      warmup: this.warmup,
      end: this.end,
      entered: this.entered,
      clearance: c.clearance,
      classes: c.classes,
      stations: st.stations,
      histograms: { clearance: c.histogram, byClass: c.byClass, waits: st.waits },
      series: this.series.columns(),
      decomposition: this.decomposition.columns(),
      ...(this.stations.perInterval ? { intervals: this.stations.perInterval.columns() } : {}),
      ...(this.groups ? { groups: this.groups.columns() } : {}),
    };
  }
}
