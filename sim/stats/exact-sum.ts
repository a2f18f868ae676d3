/**
 * Parts that add up exactly. A clearance time split into parts (walking, queueing, …) is a
 * sum of differences of event times; in floating point those differences, added again,
 * can miss the clearance by a rounding (about 1e-12 s). `closeSum` moves that rounding
 * onto the largest part, so the parts added in their listed order give the total exactly
 * (`===`), and no zero part becomes a tiny non-zero one.
 */

const f64 = new Float64Array(1);
const i64 = new BigInt64Array(f64.buffer);

/** The next double after x towards +∞ (up) or −∞ (down). */
export function nextDouble(x: number, up: boolean): number {
  if (x === 0) return up ? Number.MIN_VALUE : -Number.MIN_VALUE;
  f64[0] = x;
  i64[0] += (x > 0) === up ? 1n : -1n;
  return f64[0];
}

/** values[offset] + values[offset + 1] + … (n of them), left to right. */
export function sumInOrder(values: ArrayLike<number>, offset: number, n: number): number {
  let s = 0;
  for (let k = 0; k < n; k++) s += values[offset + k];
  return s;
}

/**
 * Adjusts the largest of values[offset … offset + n − 1] so that their sum in order is
 * exactly `total`. The adjustment is the rounding residual (a few units in the last place);
 * returns false (values unchanged) when the residual is not a rounding (more than 1e-6 of
 * the total), which means the parts did not describe the total.
 */
export function closeSum(values: Float64Array | number[], offset: number, n: number, total: number): boolean {
  const s = sumInOrder(values, offset, n);
  if (s === total) return true;
  if (!Number.isFinite(total) || !(Math.abs(s - total) <= 1e-6 * Math.max(1, Math.abs(total)))) return false;
  // The largest part first; another non-zero part when the sum steps over the total.
  const order = Array.from({ length: n }, (_, j) => offset + j)
    .filter((j) => values[j] !== 0)
    .sort((x, y) => Math.abs(values[y]) - Math.abs(values[x]));
  for (const k of order) {
    const original = values[k];
    // One correction by the residual, then single steps of one unit in the last place: the
    // sum is monotone in the part, so the steps reach the total or step over it.
    values[k] += total - s;
    let t = sumInOrder(values, offset, n);
    for (let step = 0; step < 64 && t !== total; step++) {
      values[k] = nextDouble(values[k], t < total);
      t = sumInOrder(values, offset, n);
    }
    if (t === total) return true;
    values[k] = original;
  }
  return false;
}
