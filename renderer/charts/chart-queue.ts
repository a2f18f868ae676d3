/**
 * Draws charts one per task. After a run the Results view mounts five or more ECharts charts
 * at once; drawing them all in React's commit held the UI thread for hundreds of
 * milliseconds (issue 12: no task over 50 ms from Run to results on screen). Each chart
 * asks here to be drawn; one drawing runs per macrotask, charts on screen first (an
 * IntersectionObserver says which), the rest after, so input and painting get in between.
 */

export interface ChartJob {
  /** Draws the chart now (called at most once per request). */
  draw: () => void;
}

interface Entry {
  el: Element;
  job: ChartJob;
  visible: boolean;
}

const queue: Entry[] = [];
let scheduled = false;
let observer: IntersectionObserver | null = null;

function visibility(): IntersectionObserver | null {
  if (observer || typeof IntersectionObserver === 'undefined') return observer;
  observer = new IntersectionObserver((entries) => {
    for (const e of entries) {
      const q = queue.find((x) => x.el === e.target);
      if (q) q.visible = e.isIntersecting;
    }
  });
  return observer;
}

function schedule(): void {
  if (scheduled || queue.length === 0) return;
  scheduled = true;
  setTimeout(pump, 0);
}

function pump(): void {
  scheduled = false;
  let i = queue.findIndex((q) => q.visible);
  if (i < 0) i = 0;
  const [entry] = queue.splice(i, 1);
  if (entry) {
    visibility()?.unobserve(entry.el);
    entry.job.draw();
  }
  schedule();
}

/**
 * Asks for `job` to be drawn for the chart box `el` in a task of its own; a second request
 * for the same box replaces the first (only the latest option is drawn). Returns a cancel.
 */
export function requestDraw(el: Element, job: ChartJob): () => void {
  const existing = queue.find((q) => q.el === el);
  if (existing) existing.job = job;
  else {
    // Until the observer reports (no layout is forced here), boxes go in page order.
    queue.push({ el, job, visible: false });
    visibility()?.observe(el);
  }
  schedule();
  return () => {
    const i = queue.findIndex((q) => q.el === el && q.job === job);
    if (i >= 0) {
      queue.splice(i, 1);
      visibility()?.unobserve(el);
    }
  };
}

/** Charts still waiting to be drawn (tests). */
export function pendingDraws(): number {
  return queue.length;
}
