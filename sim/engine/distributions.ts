/**
 * Sampling distributions. A distribution is compiled once (sim/scenario/compile-dist.ts, from
 * the scenario format, which the engine knows nothing of) into a small record of numbers
 * (kind code plus parameters); `sample` is one monomorphic function with
 * a switch, so the hot loop calls the same function for every station and allocates
 * nothing. Lognormal and gamma are parameterised by mean and cv, as the field reports them.
 */
import { detExp, detLog, detPow } from './det-math.js';
import type { RandomStream } from './random-stream.js';

export const enum DistCode {
  Constant = 0,
  Exponential = 1,
  Uniform = 2,
  Triangular = 3,
  Normal = 4,
  Lognormal = 5,
  Gamma = 6,
  Erlang = 7,
  Empirical = 8,
}

export interface CompiledDist {
  code: DistCode;
  p0: number;
  p1: number;
  p2: number;
  values: Float64Array;
  /** The distribution's mean, for load checks and previews. */
  mean: number;
  /** The distribution's variance. */
  variance: number;
}

const EMPTY = new Float64Array(0);

/** A compiled distribution from its code, parameters and moments (built by sim/scenario/compile-dist.ts). */
export function compiledDist(code: DistCode, p0: number, p1: number, p2: number, mean: number, variance: number, values = EMPTY): CompiledDist {
  return { code, p0, p1, p2, values, mean, variance };
}

function standardNormal(rng: RandomStream): number {
  // Marsaglia's polar method: needs only a logarithm and a square root (no cosine, which
  // is not bit-reproducible across engines). One value per call: keeping the second would
  // make a draw depend on call history.
  for (;;) {
    const u = 2 * rng.uniform() - 1;
    const v = 2 * rng.uniform() - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) return u * Math.sqrt((-2 * detLog(s)) / s);
  }
}

/** Marsaglia–Tsang (2000) for shape ≥ 1; shape < 1 via the boost U^(1/shape). */
function gammaUnitScale(shape: number, rng: RandomStream): number {
  if (shape < 1) return gammaUnitScale(shape + 1, rng) * detPow(rng.uniform(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.uniform();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (detLog(u) < 0.5 * x * x + d * (1 - v + detLog(v))) return d * v;
  }
}

/**
 * Draws one value (seconds) from a compiled distribution. The exponential, the commonest
 * service time, is drawn here, in a function small enough for the JIT to inline into the
 * loop; the others in `sampleOther` (the same draws either way).
 */
export function sample(d: CompiledDist, rng: RandomStream): number {
  return d.code === DistCode.Exponential ? -d.p0 * rng.logUniform() : sampleOther(d, rng);
}

function sampleOther(d: CompiledDist, rng: RandomStream): number {
  switch (d.code) {
    case DistCode.Constant:
      return d.p0;
    case DistCode.Exponential:
      return -d.p0 * rng.logUniform();
    case DistCode.Uniform:
      return d.p0 + d.p1 * rng.uniform();
    case DistCode.Triangular: {
      const a = d.p0;
      const c = d.p1;
      const b = d.p2;
      if (b === a) return a;
      const u = rng.uniform();
      const f = (c - a) / (b - a);
      return u < f ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
    }
    case DistCode.Normal: {
      if (d.p1 === 0) return Math.max(0, d.p0);
      // Truncation by rejection; after many misses (mean far below 0) return 0 rather than spin.
      for (let i = 0; i < 64; i++) {
        const x = d.p0 + d.p1 * standardNormal(rng);
        if (x >= 0) return x;
      }
      return 0;
    }
    case DistCode.Lognormal:
      return d.p1 === 0 ? detExp(d.p0) : detExp(d.p0 + d.p1 * standardNormal(rng));
    case DistCode.Gamma:
      return gammaUnitScale(d.p0, rng) * d.p1;
    case DistCode.Erlang: {
      // Product of uniforms: one logarithm per k exponential phases; fold into a sum of
      // logarithms before the product can underflow (large k).
      let prod = 1;
      let logSum = 0;
      for (let i = 0; i < d.p0; i++) {
        prod *= rng.uniform();
        if (prod < 1e-250) {
          logSum += detLog(prod);
          prod = 1;
        }
      }
      return -d.p1 * (logSum + detLog(prod));
    }
    case DistCode.Empirical:
      return d.values[Math.floor(rng.uniform() * d.p0)];
  }
}
