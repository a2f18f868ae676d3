import { describe, expect, it } from 'vitest';
import { formatReplayBenchReport, runReplayBench } from '../../../bench/replay-bench.js';

describe('replay benchmark (Node part)', () => {
  it('computes frames with 2,000+ passengers on screen and reports their timing', async () => {
    const r = await runReplayBench({ nodeFrames: 300, chromiumSeconds: 0 });
    expect(r.onScreenMax).toBeGreaterThanOrEqual(2000);
    expect(r.node.frames).toBeGreaterThan(200);
    // No wall-clock bound here: frame times are reported by `npm run bench`, where a loaded
    // machine cannot turn them into a red build.
    expect(r.node.p95).toBeGreaterThan(0);
    const text = formatReplayBenchReport(r);
    expect(text).toMatch(/node frame model \+ placement: p50 [\d.]+ ms, p95 [\d.]+ ms, max [\d.]+ ms/);
    expect(text).toContain('chromium: skipped');
  });
});
