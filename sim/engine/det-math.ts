/**
 * Logarithm and exponential computed with +, −, ×, ÷ only, so they give the same bits in
 * every JavaScript engine. `Math.log`, `Math.exp`, `Math.pow` and `Math.cos` are not
 * specified to the last bit, and V8 versions differ (Node 20 and Chromium 156 disagree in
 * the last bit on several percent of arguments), which would make a run in a Web Worker
 * differ from the same run in the CLI. Basic IEEE-754 arithmetic and `Math.sqrt` are
 * exactly specified, so functions built from them are reproducible everywhere.
 *
 * The algorithms and coefficients are those of fdlibm (Sun Microsystems, 1993): e_log.c
 * and e_exp.c, accurate to under one unit in the last place.
 */

const buffer = new ArrayBuffer(8);
const f64 = new Float64Array(buffer);
const u32 = new Uint32Array(buffer);
// Which 32-bit word holds the sign and exponent (little-endian on every platform we run on,
// but checked rather than assumed).
const HI = (() => {
  f64[0] = 1;
  return u32[1] === 0x3ff00000 ? 1 : 0;
})();

const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const TWO54 = 1.8014398509481984e16;
const LG1 = 6.666666666666735130e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;

/** Natural logarithm (fdlibm e_log.c). */
export function detLog(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return Infinity;
  let k = 0;
  f64[0] = x;
  let hx = u32[HI];
  if (hx < 0x00100000) {
    // Subnormal: scale up so the exponent field is meaningful.
    k -= 54;
    f64[0] = x * TWO54;
    hx = u32[HI];
  }
  k += (hx >>> 20) - 1023;
  hx &= 0x000fffff;
  // Normalise the mantissa into [sqrt(2)/2, sqrt(2)).
  const i = (hx + 0x95f64) & 0x100000;
  u32[HI] = hx | (i ^ 0x3ff00000);
  k += i >>> 20;
  return logCore(f64[0] - 1, k);
}

/** log(1 + f) + k ln 2 for f in [sqrt(2)/2 − 1, sqrt(2) − 1): the fdlibm polynomial. */
function logCore(f: number, k: number): number {
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const R = t2 + t1;
  const hfsq = 0.5 * f * f;
  return k * LN2_HI - (hfsq - (s * (hfsq + R) + k * LN2_LO) - f);
}

/** Exact powers of two: POW2[i] = 2^(i − 1074), from the smallest subnormal to 2^1023. */
const POW2_BIAS = 1074;
const POW2 = (() => {
  const t = new Float64Array(POW2_BIAS + 1024);
  t[POW2_BIAS] = 1;
  for (let i = POW2_BIAS + 1; i < t.length; i++) t[i] = t[i - 1] * 2;
  for (let i = POW2_BIAS - 1; i >= 0; i--) t[i] = t[i + 1] / 2;
  return t;
})();
const SQRT2 = 1.4142135623730951;

/**
 * log((n + 0.5) / 2^32) for a 32-bit integer n: the logarithm of a uniform draw taken
 * straight from the generator's bits. The exponent comes from counting leading zeros, so
 * this is about twice as fast as `detLog`, and it is the hot path of exponential draws.
 */
export function logOfUniformBits(n: number): number {
  let k = n === 0 ? -1 : 31 - Math.clz32(n);
  let m = (n + 0.5) * POW2[POW2_BIAS - k];
  if (m > SQRT2) {
    m *= 0.5;
    k++;
  }
  return logCore(m - 1, k - 32);
}

const INV_LN2 = 1.44269504088896338700;
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.65339022054652515390e-6;
const P5 = 4.13813679705723846039e-8;
const EXP_OVERFLOW = 7.09782712893383973096e2;
const EXP_UNDERFLOW = -7.45133219101941108420e2;

/** 2^k for an integer −1074 ≤ k ≤ 1023 (exact). */
function pow2(k: number): number {
  return POW2[k + POW2_BIAS];
}

/** e^x (fdlibm e_exp.c). */
export function detExp(x: number): number {
  if (x !== x) return NaN;
  if (x > EXP_OVERFLOW) return Infinity;
  if (x < EXP_UNDERFLOW) return 0;
  if (x > -3.725290298461914e-9 && x < 3.725290298461914e-9) return 1 + x;
  // x = k ln2 + r, |r| ≤ ln2 / 2, with ln2 split in two for an exact product.
  const k = Math.trunc(INV_LN2 * x + (x < 0 ? -0.5 : 0.5));
  const hi = x - k * LN2_HI;
  const lo = k * LN2_LO;
  const r = hi - lo;
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  const y = 1 - (lo - (r * c) / (2 - c) - hi);
  if (k >= -1021) return k > 1023 ? y * pow2(1023) * pow2(k - 1023) : y * pow2(k);
  // Results below the normal range: scale in two exact steps.
  return y * pow2(k + 1000) * pow2(-1000);
}

/** base^n for a whole number n ≥ 0 by repeated squaring (exact operations only). */
export function detPowInt(base: number, n: number): number {
  let result = 1;
  let b = base;
  let e = n;
  while (e > 0) {
    if (e & 1) result *= b;
    b *= b;
    e >>>= 1;
  }
  return result;
}

/** base^y for base > 0, as e^(y ln base). */
export function detPow(base: number, y: number): number {
  if (base === 0) return y > 0 ? 0 : Infinity;
  return detExp(y * detLog(base));
}
