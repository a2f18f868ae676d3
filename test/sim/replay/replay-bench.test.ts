import { describe, expect, it } from 'vitest';
import { formatReplayBenchReport, runReplayBench } from '../../../bench/replay-bench.js';

describe('replay benchmark (Node part)', () => {
  it('computes frames with 2,000+ passengers on screen well inside a 60 fps frame', async () => {
    const r = await runReplayBench({ nodeFrames: 300, chromiumSeconds: 0 });
    expect(r.onScreenMax).toBeGreaterThanOrEqual(2000);
    expect(r.node.frames).toBeGreaterThan(200);
    // Generous bound: the model must leave nearly all of the 16.7 ms frame to drawing.
    expect(r.node.p95).toBeLessThan(4);
    const text = formatReplayBenchReport(r);
    expect(text).toMatch(/node frame model \+ placement: p50 [\d.]+ ms, p95 [\d.]+ ms, max [\d.]+ ms/);
    expect(text).toContain('chromium: skipped');
  });
});
