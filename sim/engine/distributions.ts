/**
 * Sampling the scenario's distributions. A distribution is compiled once into a small
 * record of numbers (kind code plus parameters); `sample` is one monomorphic function with
 * a switch, so the hot loop calls the same function for every station and allocates
 * nothing. Lognormal and gamma are parameterised by mean and cv, as the field reports them.
 */
import type { Distribution } from '../scenario/distribution-schema.js';
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

function make(code: DistCode, p0: number, p1: number, p2: number, mean: number, variance: number, values = EMPTY): CompiledDist {
  return { code, p0, p1, p2, values, mean, variance };
}

/** Compiles a scenario distribution; the schema has already checked its parameters. */
export function compileDist(d: Distribution): CompiledDist {
  switch (d.dist) {
    case 'constant':
      return make(DistCode.Constant, d.value, 0, 0, d.value, 0);
    case 'exponential':
      return make(DistCode.Exponential, d.mean, 0, 0, d.mean, d.mean * d.mean);
    case 'uniform':
      return make(DistCode.Uniform, d.min, d.max - d.min, 0, (d.min + d.max) / 2, ((d.max - d.min) * (d.max - d.min)) / 12);
    case 'triangular': {
      const { min: a, mode: c, max: b } = d;
      const mean = (a + b + c) / 3;
      const variance = (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
      return make(DistCode.Triangular, a, c, b, mean, variance);
    }
    case 'normal': {
      const [mean, variance] = truncatedNormalMoments(d.mean, d.sd);
      return make(DistCode.Normal, d.mean, d.sd, 0, mean, variance);
    }
    case 'lognormal': {
      const sigma2 = detLog(1 + d.cv * d.cv);
      return make(DistCode.Lognormal, detLog(d.mean) - sigma2 / 2, Math.sqrt(sigma2), 0, d.mean, d.mean * d.cv * (d.mean * d.cv));
    }
    case 'gamma': {
      const shape = 1 / (d.cv * d.cv);
      return make(DistCode.Gamma, shape, d.mean / shape, 0, d.mean, d.mean * d.cv * (d.mean * d.cv));
    }
    case 'erlang':
      return make(DistCode.Erlang, d.k, d.mean / d.k, 0, d.mean, (d.mean * d.mean) / d.k);
    case 'empirical': {
      const values = Float64Array.from(d.values);
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      const variance = values.reduce((a, b) => a + (b - mean) * (b - mean), 0) / values.length;
      return make(DistCode.Empirical, values.length, 0, 0, mean, variance, values);
    }
  }
}

/** Standard normal density and distribution function, for the truncated-normal moments. */
function phi(x: number): number {
  return detExp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}
function bigPhi(x: number): number {
  // Abramowitz & Stegun 7.1.26 via erf; accurate to about 1e-7, ample for a mean.
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * detExp(-z * z);
  return x >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
}

/** Mean and variance of a normal truncated below at 0 (service times are never negative). */
function truncatedNormalMoments(mu: number, sd: number): [number, number] {
  if (sd === 0) return [Math.max(0, mu), 0];
  const alpha = -mu / sd;
  const z = 1 - bigPhi(alpha);
  if (z < 1e-12) return [0, 0];
  const lambda = phi(alpha) / z;
  const mean = mu + sd * lambda;
  const variance = sd * sd * (1 + alpha * lambda - lambda * lambda);
  return [mean, Math.max(0, variance)];
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

/** Draws one value (seconds) from a compiled distribution. */
export function sample(d: CompiledDist, rng: RandomStream): number {
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
