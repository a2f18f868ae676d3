/**
 * A progress bar on stderr, drawn only when stderr is a terminal and the work has already
 * taken more than a second (short runs and piped output stay clean). Redrawn at most ten
 * times a second; `done()` erases it so the results that follow start on a clean line.
 * When stderr is not a terminal (a batch job's log), a long job writes a plain line
 * instead — after ten seconds, then every ten seconds — with the same figures and ETA.
 */
import type { CliIo } from './io.js';

export const PROGRESS_DELAY_MS = 1000;
const REDRAW_MS = 100;
/** Plain lines (stderr not a terminal): the first after this long, then one per interval. */
export const PLAIN_PROGRESS_MS = 10_000;

export class ProgressBar {
  private readonly io: CliIo;
  private readonly label: string;
  private readonly started: number;
  private lastDraw = -Infinity;
  private drawn = false;
  private lastLine = 0;

  constructor(io: CliIo, label: string) {
    this.io = io;
    this.label = label;
    this.started = io.now();
  }

  /** Reports `done` of `total` units of work. */
  update(done: number, total: number): void {
    const t = this.io.now();
    const elapsed = t - this.started;
    if (!this.io.isTTY) {
      this.plainLine(done, total, elapsed);
      return;
    }
    if (elapsed < PROGRESS_DELAY_MS || (t - this.lastDraw < REDRAW_MS && done < total)) return;
    this.lastDraw = t;
    const share = total > 0 ? Math.min(1, done / total) : 0;
    const eta = done > 0 ? (elapsed / done) * (total - done) : NaN;
    const tail = ` ${String(Math.floor(share * 100)).padStart(3)} % ${done}/${total}${Number.isFinite(eta) && done < total ? ` ~${Math.ceil(eta / 1000)} s left` : ''}`;
    const head = `${this.label} `;
    const width = Math.max(10, Math.min(40, this.io.columns - head.length - tail.length - 3));
    const filled = Math.round(share * width);
    this.io.stderr.write(`\r${head}[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]${tail}\x1b[K`);
    this.drawn = true;
  }

  private plainLine(done: number, total: number, elapsed: number): void {
    if (done >= total || elapsed - this.lastLine < PLAIN_PROGRESS_MS) return;
    this.lastLine = elapsed;
    const eta = done > 0 ? (elapsed / done) * (total - done) : NaN;
    const share = total > 0 ? Math.floor((done / total) * 100) : 0;
    this.io.stderr.write(`${this.label}: ${done}/${total} (${share} %), ${Math.round(elapsed / 1000)} s${Number.isFinite(eta) ? `, ~${Math.ceil(eta / 1000)} s left` : ''}\n`);
  }

  /** Clears the bar if it was drawn. */
  done(): void {
    if (this.drawn) this.io.stderr.write('\r\x1b[K');
    this.drawn = false;
  }
}
