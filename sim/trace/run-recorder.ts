/**
 * Records one replication as flat columns: one row per passenger and one per visit to a
 * station (arrival, service start, end, server, whether an alarm sent them). The same
 * table feeds passengers.csv, the replay and the trace checks. Bounded: past the limit,
 * later passengers are not recorded and the log says it was truncated.
 */
import type { CompiledLane } from '../scenario/compile.js';
import { growTo } from '../stats/growable.js';
import type { RunLog } from '../stats/result-types.js';
import { PARTS } from '../stats/collectors/decomposition-collector.js';

const PARTS_PER_PASSENGER = PARTS.length;

export class RunRecorder {
  private readonly maxVisits: number;
  private readonly stationIds: string[];
  private readonly classIds: string[];
  // Passengers.
  private pCls: Uint8Array;
  private pBags: Uint8Array;
  private pEntry: Float64Array;
  private pExit: Float64Array;
  private pSource: Int32Array;
  /** Where each second went, PARTS_PER_PASSENGER per passenger (NaN while in the lane). */
  private pParts: Float64Array;
  private nP = 0;
  // Visits.
  private vPax: Int32Array;
  private vSt: Int32Array;
  private vArr: Float64Array;
  private vStart: Float64Array;
  private vEnd: Float64Array;
  private vAlarm: Uint8Array;
  private vServer: Int16Array;
  private nV = 0;
  private truncated = false;
  /** Simulated time of the first record refused; the log is complete before it. */
  private truncatedAt = Infinity;

  constructor(lane: CompiledLane, maxVisits: number) {
    this.maxVisits = maxVisits;
    this.stationIds = lane.stations.map((s) => s.id);
    this.classIds = lane.classes.map((c) => c.id);
    const pc = Math.min(maxVisits, 4096);
    this.pCls = new Uint8Array(pc);
    this.pBags = new Uint8Array(pc);
    this.pEntry = new Float64Array(pc);
    this.pExit = new Float64Array(pc);
    this.pSource = new Int32Array(pc);
    this.pParts = new Float64Array(pc * PARTS_PER_PASSENGER);
    const vc = Math.min(maxVisits, 8192);
    this.vPax = new Int32Array(vc);
    this.vSt = new Int32Array(vc);
    this.vArr = new Float64Array(vc);
    this.vStart = new Float64Array(vc);
    this.vEnd = new Float64Array(vc);
    this.vAlarm = new Uint8Array(vc);
    this.vServer = new Int16Array(vc);
  }

  /** A passenger enters the lane; returns their log id, or -1 once the log is full. */
  enter(cls: number, bags: number, source: number, t: number): number {
    if (this.nV >= this.maxVisits) {
      this.refuse(t);
      return -1;
    }
    if (this.nP === this.pCls.length) this.growPassengers();
    const i = this.nP++;
    this.pCls[i] = cls;
    this.pBags[i] = bags;
    this.pEntry[i] = t;
    this.pExit[i] = NaN;
    this.pSource[i] = source;
    this.pParts.fill(NaN, i * PARTS_PER_PASSENGER, (i + 1) * PARTS_PER_PASSENGER);
    return i;
  }

  /** A logged passenger leaves at t; `parts` is their clearance split (walking, queueing, service, bags, secondary). */
  exit(id: number, t: number, parts?: ArrayLike<number>): void {
    this.pExit[id] = t;
    if (parts) for (let k = 0; k < PARTS_PER_PASSENGER; k++) this.pParts[id * PARTS_PER_PASSENGER + k] = parts[k];
  }

  /** A logged passenger reaches a station; returns the visit id, or -1 once the log is full. */
  arrive(pid: number, station: number, t: number, alarm: number): number {
    if (this.nV >= this.maxVisits) {
      this.refuse(t);
      return -1;
    }
    if (this.nV === this.vPax.length) this.growVisits();
    const v = this.nV++;
    this.vPax[v] = pid;
    this.vSt[v] = station;
    this.vArr[v] = t;
    this.vStart[v] = NaN;
    this.vEnd[v] = NaN;
    this.vAlarm[v] = alarm;
    this.vServer[v] = -1;
    return v;
  }

  private refuse(t: number): void {
    if (!this.truncated) this.truncatedAt = t;
    this.truncated = true;
  }

  start(v: number, t: number, server: number): void {
    this.vStart[v] = t;
    this.vServer[v] = server;
  }

  end(v: number, t: number): void {
    this.vEnd[v] = t;
  }

  finish(): RunLog {
    return {
      stationIds: this.stationIds,
      classIds: this.classIds,
      passengers: {
        classIndex: this.pCls.slice(0, this.nP),
        bags: this.pBags.slice(0, this.nP),
        entry: this.pEntry.slice(0, this.nP),
        exit: this.pExit.slice(0, this.nP),
        source: this.pSource.slice(0, this.nP),
        parts: this.pParts.slice(0, this.nP * PARTS_PER_PASSENGER),
        length: this.nP,
      },
      visits: {
        passenger: this.vPax.slice(0, this.nV),
        station: this.vSt.slice(0, this.nV),
        arrive: this.vArr.slice(0, this.nV),
        start: this.vStart.slice(0, this.nV),
        end: this.vEnd.slice(0, this.nV),
        alarm: this.vAlarm.slice(0, this.nV),
        server: this.vServer.slice(0, this.nV),
        length: this.nV,
      },
      truncated: this.truncated,
      completeUntil: this.truncatedAt,
    };
  }

  private growPassengers(): void {
    const n = this.pCls.length * 2;
    const g = growTo;
    this.pCls = g(this.pCls, new Uint8Array(n));
    this.pBags = g(this.pBags, new Uint8Array(n));
    this.pEntry = g(this.pEntry, new Float64Array(n));
    this.pExit = g(this.pExit, new Float64Array(n));
    this.pSource = g(this.pSource, new Int32Array(n));
    this.pParts = g(this.pParts, new Float64Array(n * PARTS_PER_PASSENGER));
  }

  private growVisits(): void {
    const n = this.vPax.length * 2;
    const g = growTo;
    this.vPax = g(this.vPax, new Int32Array(n));
    this.vSt = g(this.vSt, new Int32Array(n));
    this.vArr = g(this.vArr, new Float64Array(n));
    this.vStart = g(this.vStart, new Float64Array(n));
    this.vEnd = g(this.vEnd, new Float64Array(n));
    this.vAlarm = g(this.vAlarm, new Uint8Array(n));
    this.vServer = g(this.vServer, new Int16Array(n));
  }
}
