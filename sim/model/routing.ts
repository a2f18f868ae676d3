/**
 * Where a passenger goes after a station: an alarm (per passenger, or per bag) sends them
 * to secondary inspection; otherwise the station's route decides (fixed, by probability,
 * or by class with an optional share). Each station draws from its own streams.
 */
import { RandomStream } from '../engine/random-stream.js';
import { detPowInt } from '../engine/det-math.js';
import { RouteCode, type CompiledLane, type CompiledStation } from '../scenario/compile.js';
import type { PassengerTable } from './passenger-table.js';

export class Routing {
  private readonly stations: CompiledStation[];
  private readonly px: PassengerTable;
  private readonly route: RandomStream[];
  private readonly alarm: RandomStream[];

  constructor(lane: CompiledLane, px: PassengerTable, seed: number, replication: number) {
    this.stations = lane.stations;
    this.px = px;
    const mk = (purpose: string) => lane.stations.map((s) => new RandomStream(seed, replication, purpose, s.id));
    this.route = mk('route');
    this.alarm = mk('alarm');
  }

  /** The next station of passenger p after station s (or EXIT_INDEX); marks an alarm on the passenger. */
  next(s: number, p: number): number {
    const st = this.stations[s];
    const alarms = st.alarms;
    for (let j = 0; j < alarms.length; j++) {
      const a = alarms[j];
      let prob = a.probability;
      if (a.perBag) prob = 1 - detPowInt(1 - prob, this.px.bags[p]);
      if (this.alarm[s].uniform() < prob) {
        this.px.alarm[p] = 1;
        return a.target;
      }
    }
    const r = st.route;
    if (r.code === RouteCode.Probability) {
      const u = this.route[s].uniform();
      const cum = r.cumulative;
      let k = 0;
      while (k < cum.length - 1 && u >= cum[k]) k++;
      return r.targets[k];
    }
    if (r.code === RouteCode.ByClass) {
      const c = this.px.cls[p];
      const lo = c < 32 ? 1 << c : 0;
      const hi = c >= 32 ? 1 << (c - 32) : 0;
      for (let k = 0; k < r.targets.length; k++) {
        if ((r.classMaskLo[k] & lo) === 0 && (r.classMaskHi[k] & hi) === 0) continue;
        if (r.share[k] < 1 && this.route[s].uniform() >= r.share[k]) continue;
        return r.targets[k];
      }
    }
    return r.target;
  }
}
