/**
 * From the scenario format to the engine: a distribution as the scenario writes it
 * (`{"dist":"lognormal","mean":45,"cv":0.5}`) becomes the engine's compiled record — kind
 * code, parameters, and the mean and variance that load checks and previews use. Lives
 * with the scenario format so that sim/engine knows nothing of it.
 */
import { compiledDist, DistCode, type CompiledDist } from '../engine/distributions.js';
import { detExp, detLog } from '../engine/det-math.js';
import type { Distribution } from './distribution-schema.js';

/** Compiles a scenario distribution; the schema has already checked its parameters. */
export function compileDist(d: Distribution): CompiledDist {
  switch (d.dist) {
    case 'constant':
      return compiledDist(DistCode.Constant, d.value, 0, 0, d.value, 0);
    case 'exponential':
      return compiledDist(DistCode.Exponential, d.mean, 0, 0, d.mean, d.mean * d.mean);
    case 'uniform':
      return compiledDist(DistCode.Uniform, d.min, d.max - d.min, 0, (d.min + d.max) / 2, ((d.max - d.min) * (d.max - d.min)) / 12);
    case 'triangular': {
      const { min: a, mode: c, max: b } = d;
      const mean = (a + b + c) / 3;
      const variance = (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
      return compiledDist(DistCode.Triangular, a, c, b, mean, variance);
    }
    case 'normal': {
      const [mean, variance] = truncatedNormalMoments(d.mean, d.sd);
      return compiledDist(DistCode.Normal, d.mean, d.sd, 0, mean, variance);
    }
    case 'lognormal': {
      const sigma2 = detLog(1 + d.cv * d.cv);
      return compiledDist(DistCode.Lognormal, detLog(d.mean) - sigma2 / 2, Math.sqrt(sigma2), 0, d.mean, d.mean * d.cv * (d.mean * d.cv));
    }
    case 'gamma': {
      const shape = 1 / (d.cv * d.cv);
      return compiledDist(DistCode.Gamma, shape, d.mean / shape, 0, d.mean, d.mean * d.cv * (d.mean * d.cv));
    }
    case 'erlang':
      return compiledDist(DistCode.Erlang, d.k, d.mean / d.k, 0, d.mean, (d.mean * d.mean) / d.k);
    case 'empirical': {
      const values = Float64Array.from(d.values);
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      const variance = values.reduce((a, b) => a + (b - mean) * (b - mean), 0) / values.length;
      return compiledDist(DistCode.Empirical, values.length, 0, 0, mean, variance, values);
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

