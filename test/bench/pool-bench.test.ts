/**
 * The pool benchmark's arithmetic (the target, the speed-up CPU time implies) and a small
 * real run through the CLI's pool: identical results in every setting, CPU figures that add
 * up, and a report that states the target. No speed is asserted (the machine may be busy).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpuImpliedRatio, formatPoolBenchReport, poolTarget, runPoolBench } from '../../bench/pool-bench.js';
import { ensureBuiltWithWorker } from '../cli/pool/pool-helpers.js';

beforeAll(ensureBuiltWithWorker);

describe('pool bench', () => {
  it('target: 1.8× on 2 cores, 0.85 × cores otherwise', () => {
    expect(poolTarget(2)).toBe(1.8);
    expect(poolTarget(4)).toBeCloseTo(3.4, 12);
  });

  it('CPU-implied speed-up: one worker’s CPU over the serial part plus the rest shared by the cores', () => {
    // All parallel, no extra work: the ideal N×.
    expect(cpuImpliedRatio(1000, { cpuMs: 1000, serialCpuMs: 0 }, 2)).toBe(2);
    // 10 % more CPU with threads, 100 ms of it serial: 1000 / (100 + 1000 / 2).
    expect(cpuImpliedRatio(1000, { cpuMs: 1100, serialCpuMs: 100 }, 2)).toBeCloseTo(1000 / 600, 12);
    // Everything serial: no speed-up whatever the cores.
    expect(cpuImpliedRatio(1000, { cpuMs: 1000, serialCpuMs: 1000 }, 8)).toBe(1);
  });

  it('a small run: identical results, CPU figures that add up, the target in the report', async () => {
    const r = await runPoolBench({ replications: 24, rounds: 1 });
    expect(r.identical).toBe(true);
    for (const p of [r.oneWorker, r.oneThread, r.allWorkers]) {
      expect(p.cpuMsPerReplication).toBeGreaterThan(0);
      expect(p.cpuMs).toBeCloseTo(p.cpuMsPerReplication * 24, 6);
      expect(p.serialCpuMs).toBeGreaterThan(0);
    }
    expect(r.cpuRatio).toBeCloseTo(cpuImpliedRatio(r.oneWorker.cpuMs, r.allWorkers, r.cores), 12);
    expect(r.cpuEfficiency).toBeCloseTo(r.cpuRatio / r.cores, 12);
    const text = formatPoolBenchReport(r);
    expect(text).toContain(`target: ${r.cores} workers ≥ ${r.target.toFixed(2)}× the replications per second of 1 worker`);
    expect(text).toMatch(/CPU time \(least-CPU rounds\): .* parallel efficiency \d+ %: (met|NOT met)/);
    expect(text).toContain('results identical in every round: yes');
  });
});
