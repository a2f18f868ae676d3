/**
 * Opens a file picked in the replay view off the UI thread: parsing, validating and decoding
 * a large replay (a stored trace of hundreds of thousands of visits) takes seconds, during
 * which the page must stay responsive. Reports each phase, then answers once; the trace's
 * columns are transferred, not copied.
 */
import { validateScenario } from '../../sim/index.js';
import { validateReplay, validateReplayText } from '../../sim/replay/index.js';
import type { OpenMessage, OpenRequest } from './open-messages.js';

const post = (m: OpenMessage, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);

self.onmessage = (e: MessageEvent<OpenRequest>) => {
  post({ type: 'phase', phase: 'parse' });
  let parsed: unknown;
  try {
    parsed = JSON.parse(e.data.text);
  } catch {
    // The replay validator words the parse error with its position.
    const r = validateReplayText(e.data.text);
    post({ type: 'invalid', kind: 'replay', errors: r.ok ? [] : r.errors });
    return;
  }
  const format = typeof parsed === 'object' && parsed !== null ? (parsed as { format?: unknown }).format : undefined;
  if (String(format).startsWith('lanesim/scenario@')) {
    post({ type: 'phase', phase: 'scenario' });
    const v = validateScenario(parsed);
    post(v.ok ? { type: 'scenario', scenario: v.scenario } : { type: 'invalid', kind: 'scenario', errors: v.errors });
    return;
  }
  const r = validateReplay(parsed, { onPhase: (phase) => post({ type: 'phase', phase }) });
  if (!r.ok) {
    post({ type: 'invalid', kind: 'replay', errors: r.errors });
    return;
  }
  const log = r.replay.log;
  const columns = log
    ? [log.passengers.classIndex, log.passengers.bags, log.passengers.entry, log.passengers.exit, log.passengers.source, log.visits.passenger, log.visits.station, log.visits.arrive, log.visits.start, log.visits.end, log.visits.alarm, log.visits.server]
    : [];
  // A column may share its buffer with another (a view): transfer each buffer once.
  const buffers = [...new Set(columns.map((a) => a.buffer as ArrayBuffer))];
  post({ type: 'replay', replay: r.replay }, buffers);
};
