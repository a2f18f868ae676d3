/**
 * Block statistics as JSON without losing a bit: typed arrays as base64 of their bytes
 * (little-endian, as every platform we run on stores them), and the numbers JSON cannot
 * hold (NaN, ±Infinity, −0) as tagged strings. Decoding checks every tag, so a corrupted
 * partial is refused with the JSON path of the damage instead of giving wrong numbers.
 */

const TYPED = {
  Float64Array,
  Float32Array,
  Int32Array,
  Uint32Array,
  Int16Array,
  Uint16Array,
  Int8Array,
  Uint8Array,
} as const;
type TypedName = keyof typeof TYPED;
type Typed = InstanceType<(typeof TYPED)[TypedName]>;

/** What a value looks like after encoding: plain JSON. */
export type Encoded = null | boolean | number | string | Encoded[] | { [key: string]: Encoded };

export class PayloadError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'PayloadError';
  }
}

function typedName(v: ArrayBufferView): TypedName | null {
  for (const name of Object.keys(TYPED) as TypedName[]) if (v instanceof TYPED[name]) return name;
  return null;
}

/** Encodes a value (objects, arrays, typed arrays, numbers, strings, booleans, null) into plain JSON. */
export function encodePayload(value: unknown, path = 'payload'): Encoded {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return { $num: 'NaN' };
    if (value === Infinity) return { $num: 'Infinity' };
    if (value === -Infinity) return { $num: '-Infinity' };
    if (Object.is(value, -0)) return { $num: '-0' };
    return value;
  }
  if (ArrayBuffer.isView(value)) {
    const name = typedName(value);
    if (!name) throw new PayloadError(path, 'cannot encode this kind of typed array');
    return {
      $typed: name,
      base64: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64'),
    };
  }
  if (Array.isArray(value)) return value.map((v, i) => encodePayload(v, `${path}[${i}]`));
  if (typeof value === 'object') {
    const out: { [key: string]: Encoded } = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v === undefined) continue;
      out[k] = encodePayload(v, `${path}.${k}`);
    }
    return out;
  }
  throw new PayloadError(path, `cannot encode a ${typeof value}`);
}

const NUMS: Record<string, number> = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity, '-0': -0 };
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes what encodePayload wrote; throws PayloadError naming the path of anything malformed. */
export function decodePayload(value: unknown, path = 'payload'): unknown {
  if (value === null || typeof value === 'boolean' || typeof value === 'string' || typeof value === 'number')
    return value;
  if (Array.isArray(value)) return value.map((v, i) => decodePayload(v, `${path}[${i}]`));
  if (typeof value !== 'object') throw new PayloadError(path, `unexpected ${typeof value}`);
  const obj = value as Record<string, unknown>;
  if ('$num' in obj) {
    const n = typeof obj.$num === 'string' ? NUMS[obj.$num] : undefined;
    if (n === undefined || !Object.hasOwn(NUMS, obj.$num as string))
      throw new PayloadError(
        path,
        `expected $num NaN, Infinity, -Infinity or -0, got ${JSON.stringify(obj.$num)}`,
      );
    return n;
  }
  if ('$typed' in obj) {
    const name = obj.$typed;
    if (typeof name !== 'string' || !Object.hasOwn(TYPED, name))
      throw new PayloadError(
        path,
        `expected a typed-array name (${Object.keys(TYPED).join(', ')}), got ${JSON.stringify(name)}`,
      );
    const ctor = TYPED[name as TypedName];
    if (typeof obj.base64 !== 'string' || obj.base64.length % 4 !== 0 || !BASE64.test(obj.base64))
      throw new PayloadError(path, 'expected base64 text of the array bytes');
    const bytes = Buffer.from(obj.base64, 'base64');
    if (bytes.length % ctor.BYTES_PER_ELEMENT !== 0)
      throw new PayloadError(path, `${bytes.length} bytes is not a whole number of ${name} elements`);
    const copy = new Uint8Array(bytes.length);
    copy.set(bytes);
    return new ctor(copy.buffer, 0, bytes.length / ctor.BYTES_PER_ELEMENT) as Typed;
  }
  // Null prototype: a key such as "__proto__" stays a plain key.
  const out = Object.create(null) as Record<string, unknown>;
  for (const [k, v] of Object.entries(obj)) out[k] = decodePayload(v, `${path}.${k}`);
  return out;
}
