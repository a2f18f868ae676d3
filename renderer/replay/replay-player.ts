/**
 * The replay's playback state outside React: the simulated time, play/pause, speed, the
 * followed passenger and the frame buffers. The canvas loop reads and advances it every
 * animation frame without re-rendering React; the panels subscribe to a snapshot that is
 * published at most ten times a second (and at once after a user action), so counters stay
 * live without costing the animation its frames.
 */
import {
  computeFrame,
  createFrame,
  nextEventIndex,
  previousEventIndex,
  RECENT_CLEARANCES,
  type Frame,
  type ReplayModel,
} from '../../sim/replay/index.js';

export const SPEEDS = [1, 2, 5, 10, 30, 60, 120, 300] as const;

export interface PlayerSnapshot {
  t: number;
  playing: boolean;
  speed: number;
  inLane: number;
  cleared: number;
  queuedTotal: number;
  queue: number[];
  busy: number[];
  recent: { pid: number; seconds: number }[];
  followed: number;
  /** Index of the event the user stepped to, or -1. */
  eventIndex: number;
  complete: boolean;
}

const PUBLISH_MS = 100;

export class ReplayPlayer {
  readonly model: ReplayModel;
  readonly frame: Frame;
  readonly xs: Float32Array;
  readonly ys: Float32Array;
  t: number;
  playing = false;
  speed = 60;
  followed = -1;
  eventIndex = -1;
  /** Bumped when the picture must be redrawn although time did not move (follow, resize). */
  version = 0;
  private snapshot: PlayerSnapshot;
  private listeners = new Set<() => void>();
  private lastPublish = 0;
  private frameT = NaN;

  constructor(model: ReplayModel) {
    this.model = model;
    this.frame = createFrame(model.index);
    this.xs = new Float32Array(this.frame.pid.length);
    this.ys = new Float32Array(this.frame.pid.length);
    this.t = model.index.tStart;
    this.snapshot = this.makeSnapshot();
  }

  get tStart(): number {
    return this.model.index.tStart;
  }

  get tEnd(): number {
    return this.model.index.tEnd;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): PlayerSnapshot => this.snapshot;

  /** Recomputes the frame for the current time if it changed; returns the frame. */
  currentFrame(): Frame {
    if (this.frameT !== this.t) {
      computeFrame(this.model.index, this.t, this.frame);
      this.frameT = this.t;
    }
    return this.frame;
  }

  /** Advances the clock by wall milliseconds × speed (called by the animation loop). */
  advance(wallMs: number, nowMs: number): void {
    if (this.playing) {
      const next = this.t + (wallMs / 1000) * this.speed;
      if (next >= this.tEnd) {
        this.t = this.tEnd;
        this.playing = false;
        this.publish(true);
        return;
      }
      this.t = next;
    }
    if (nowMs - this.lastPublish >= PUBLISH_MS) {
      this.lastPublish = nowMs;
      this.publish(false);
    }
  }

  play(): void {
    if (this.t >= this.tEnd) this.t = this.tStart;
    this.playing = true;
    this.eventIndex = -1;
    this.publish(true);
  }

  pause(): void {
    this.playing = false;
    this.publish(true);
  }

  setSpeed(speed: number): void {
    this.speed = Math.min(300, Math.max(1, speed));
    this.publish(true);
  }

  seek(t: number): void {
    this.t = Math.min(this.tEnd, Math.max(this.tStart, t));
    this.eventIndex = -1;
    this.publish(true);
  }

  /** Pauses and moves to the next (or previous) event in the trace. */
  step(direction: 1 | -1): void {
    this.playing = false;
    const ev = this.model.events;
    const i = direction > 0 ? nextEventIndex(ev, this.t) : previousEventIndex(ev, this.t);
    if (i >= 0) {
      this.t = ev.time[i];
      this.eventIndex = i;
    }
    this.publish(true);
  }

  jumpToPeak(): void {
    this.playing = false;
    this.seek(this.model.curve.peakTime);
  }

  follow(pid: number): void {
    this.followed = pid;
    this.version++;
    this.publish(true);
  }

  private makeSnapshot(): PlayerSnapshot {
    const f = this.currentFrame();
    const queue = Array.from(f.queue);
    let queuedTotal = 0;
    this.model.lane.stations.forEach((st, s) => {
      if (st.mode === 0) queuedTotal += queue[s];
    });
    const recent: { pid: number; seconds: number }[] = [];
    for (let i = 0; i < Math.min(f.recentCount, RECENT_CLEARANCES); i++) recent.push({ pid: f.recentPid[i], seconds: f.recentSeconds[i] });
    return {
      t: this.t,
      playing: this.playing,
      speed: this.speed,
      inLane: f.inLane,
      cleared: f.cleared,
      queuedTotal,
      queue,
      busy: Array.from(f.busy),
      recent,
      followed: this.followed,
      eventIndex: this.eventIndex,
      complete: f.complete,
    };
  }

  private publish(force: boolean): void {
    const s = this.snapshot;
    if (!force && s.t === this.t && s.playing === this.playing) return;
    this.snapshot = this.makeSnapshot();
    for (const l of this.listeners) l();
  }
}
