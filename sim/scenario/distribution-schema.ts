/**
 * Distributions of the scenario format (v1 contract, see DESIGN.md): the shapes a planner
 * can give a service time, a walk or a deplaning spread. Lognormal and gamma are given by
 * mean and coefficient of variation because that is how published figures are reported
 * ("about 45 s, quite variable"), not by their textbook parameters.
 */
import { z } from 'zod';

/** Seconds are bounded at one week: larger values are typos (minutes or ms given as seconds). */
export const MAX_SECONDS = 7 * 24 * 3600;

const seconds = z.number().finite().min(0).max(MAX_SECONDS);
const positiveSeconds = z.number().finite().gt(0).max(MAX_SECONDS);
const cv = z.number().finite().min(0).max(10);

export const constantDist = z.strictObject({ dist: z.literal('constant'), value: seconds });
export const exponentialDist = z.strictObject({ dist: z.literal('exponential'), mean: positiveSeconds });
export const uniformDist = z
  .strictObject({ dist: z.literal('uniform'), min: seconds, max: seconds })
  .refine((d) => d.max >= d.min, { message: 'expected max ≥ min', path: ['max'], params: { code: 'max-below-min' } });
export const triangularDist = z
  .strictObject({ dist: z.literal('triangular'), min: seconds, mode: seconds, max: seconds })
  .refine((d) => d.min <= d.mode && d.mode <= d.max, {
    message: 'expected min ≤ mode ≤ max',
    path: ['mode'],
    params: { code: 'mode-outside' },
  });
export const normalDist = z.strictObject({
  dist: z.literal('normal'),
  mean: seconds,
  sd: z.number().finite().min(0).max(MAX_SECONDS),
});
export const lognormalDist = z.strictObject({ dist: z.literal('lognormal'), mean: positiveSeconds, cv });
export const gammaDist = z.strictObject({ dist: z.literal('gamma'), mean: positiveSeconds, cv: cv.refine((v) => v > 0, { message: 'expected cv > 0', params: { code: 'cv-positive' } }) });
export const erlangDist = z.strictObject({
  dist: z.literal('erlang'),
  mean: positiveSeconds,
  k: z.number().int().min(1).max(1000),
});
export const empiricalDist = z.strictObject({
  dist: z.literal('empirical'),
  values: z.array(seconds).min(1).max(100_000),
});

export const DIST_KINDS = [
  'constant',
  'exponential',
  'uniform',
  'triangular',
  'normal',
  'lognormal',
  'gamma',
  'erlang',
  'empirical',
] as const;

export const distributionSchema = z.discriminatedUnion('dist', [
  constantDist,
  exponentialDist,
  uniformDist,
  triangularDist,
  normalDist,
  lognormalDist,
  gammaDist,
  erlangDist,
  empiricalDist,
]);

export type Distribution = z.infer<typeof distributionSchema>;
export type DistKind = Distribution['dist'];
