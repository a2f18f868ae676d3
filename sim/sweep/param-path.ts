/**
 * Parameter paths: how a sweep or a planner names the one number of a scenario it varies.
 *
 *   path     := name ( "." name | "[" selector "]" )*
 *   selector := index | key "=" value
 *
 * `stations[id=border].servers`, `stations[id=xray].service.mean`,
 * `stations[id=corridor].alarms[check=temperature].probability`, `arrivals[0].ratePerHour`.
 * An index counts from 0; `key=value` picks the one item of a list whose `key` equals
 * `value` (as text). Naming items by id keeps a sweep valid when stations are reordered.
 *
 * One special name, `scale`, may end a path at `arrivals` (every stream) or at one stream
 * (`arrivals[id=peak].scale`, `arrivals[0].scale`): it multiplies Poisson rates (constant
 * and every schedule step) by the factor and the passengers of each flight or vehicle by
 * it, rounded to the nearest whole passenger. It is a factor on the scenario as given, so
 * `arrivals.scale` = 1 is the scenario itself.
 */
import { SimulationError } from '../simulation-error.js';

export type PathStep =
  | { kind: 'key'; key: string }
  | { kind: 'index'; index: number }
  | { kind: 'match'; key: string; value: string };

export interface ParamPath {
  /** The path as written (trimmed). */
  text: string;
  steps: PathStep[];
  /** The path ends in the special `scale` of `arrivals` or of one stream. */
  scale: boolean;
}

/** An error in a parameter path or value; `path` is the path as written. */
export class ParamPathError extends SimulationError {
  readonly path: string;

  constructor(path: string, message: string) {
    super('invalid', `${path}: ${message}`);
    this.name = 'ParamPathError';
    this.path = path;
  }
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
const SEL_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Parses a path; throws ParamPathError saying where the text stops making sense. */
export function parseParamPath(input: string): ParamPath {
  const text = input.trim();
  if (text === '') throw new ParamPathError('(empty)', 'expected a path such as stations[id=border].servers');
  const steps: PathStep[] = [];
  let i = 0;
  const fail = (what: string): never => {
    throw new ParamPathError(text, `${what} at character ${i + 1}`);
  };
  while (i < text.length) {
    if (text[i] === '[') {
      const close = text.indexOf(']', i);
      if (close < 0) fail('expected "]"');
      const inner = text.slice(i + 1, close).trim();
      if (/^\d+$/.test(inner)) steps.push({ kind: 'index', index: Number(inner) });
      else {
        const eq = inner.indexOf('=');
        if (eq < 0) fail(`expected an index or key=value inside [ ], got "${inner}"`);
        const key = inner.slice(0, eq).trim();
        const value = inner.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
        if (!SEL_KEY.test(key)) fail(`expected a key name before "=", got "${key}"`);
        if (value === '') fail(`expected a value after "${key}="`);
        steps.push({ kind: 'match', key, value });
      }
      i = close + 1;
    } else {
      if (steps.length > 0) {
        if (text[i] !== '.') fail('expected "." or "["');
        i++;
      }
      const m = NAME.exec(text.slice(i));
      if (!m) fail('expected a name');
      steps.push({ kind: 'key', key: m![0] });
      i += m![0].length;
    }
  }
  if (steps[0].kind !== 'key') throw new ParamPathError(text, 'expected the path to start with a name such as "stations"');
  const last = steps[steps.length - 1];
  const scale = last.kind === 'key' && last.key === 'scale' && steps.length >= 2 && steps[0].kind === 'key' && steps[0].key === 'arrivals' && steps.length <= 3;
  if (last.kind === 'key' && last.key === 'scale' && !scale) {
    throw new ParamPathError(text, '"scale" applies only to arrivals or one stream: arrivals.scale, arrivals[0].scale, arrivals[id=peak].scale');
  }
  return { text, steps, scale };
}

type Json = unknown;

function isRecord(v: Json): v is Record<string, Json> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function describe(v: Json): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return JSON.stringify(v);
  return String(v);
}

function stepText(steps: PathStep[], upTo: number): string {
  let out = '';
  for (const s of steps.slice(0, upTo)) {
    if (s.kind === 'key') out += out ? `.${s.key}` : s.key;
    else if (s.kind === 'index') out += `[${s.index}]`;
    else out += `[${s.key}=${s.value}]`;
  }
  return out;
}

/** Singular of a list's name for messages: "stations" → "station". */
function singular(name: string): string {
  return name.endsWith('es') && name.length > 4 && !name.endsWith('ses') ? name.slice(0, -1) : name.endsWith('s') ? name.slice(0, -1) : name;
}

interface Located {
  parent: Record<string, Json>;
  key: string;
}

/**
 * Walks to the container of the last step. Every step must exist, except the last key,
 * which may be absent from its object (the validator then says whether it is allowed).
 */
function locate(root: Json, path: ParamPath, steps: PathStep[]): { node: Json; last: PathStep | null } | Located {
  let node: Json = root;
  for (let k = 0; k < steps.length; k++) {
    const step = steps[k];
    const here = stepText(steps, k) || '(scenario)';
    const isLast = k === steps.length - 1;
    if (step.kind === 'key') {
      if (!isRecord(node)) throw new ParamPathError(path.text, `expected an object at ${here}, found ${describe(node)}`);
      if (isLast) return { parent: node, key: step.key };
      if (!(step.key in node)) {
        const owner = k === 0 ? 'the scenario' : here;
        throw new ParamPathError(path.text, `${owner} has no "${step.key}" (keys: ${Object.keys(node).join(', ')})`);
      }
      node = node[step.key];
    } else {
      if (!Array.isArray(node)) throw new ParamPathError(path.text, `expected a list at ${here}, found ${describe(node)}`);
      const listName = [...steps.slice(0, k)].reverse().find((s) => s.kind === 'key');
      const noun = listName && listName.kind === 'key' ? singular(listName.key) : 'item';
      if (step.kind === 'index') {
        if (step.index >= node.length) {
          throw new ParamPathError(path.text, `index ${step.index} is out of range: ${here} has ${node.length} item(s)`);
        }
        node = node[step.index];
      } else {
        const hits = node.filter((item) => isRecord(item) && step.key in item && String(item[step.key]) === step.value);
        if (hits.length === 0) {
          const known = node.filter(isRecord).map((item) => item[step.key]).filter((v) => v !== undefined).map(String);
          throw new ParamPathError(
            path.text,
            `unknown ${noun} ${step.key} "${step.value}"${known.length ? ` (known: ${known.join(', ')})` : ` (no item of ${here} has a "${step.key}")`}`,
          );
        }
        if (hits.length > 1) throw new ParamPathError(path.text, `${hits.length} items of ${here} have ${step.key}=${step.value}; use an index`);
        node = hits[0];
      }
    }
    if (isLast) return { node, last: step };
  }
  return { node, last: null };
}

/** The number a path names in a scenario (for `scale`, always 1: the scenario as given). */
export function getParam(scenario: unknown, pathOrText: ParamPath | string): number {
  const path = typeof pathOrText === 'string' ? parseParamPath(pathOrText) : pathOrText;
  if (path.scale) {
    scaleTargets(scenario, path);
    return 1;
  }
  const at = locate(scenario, path, path.steps);
  const value = 'parent' in at ? at.parent[at.key] : at.node;
  if (typeof value !== 'number') throw new ParamPathError(path.text, `expected a number there, found ${describe(value)}`);
  return value;
}

function scaleTargets(root: unknown, path: ParamPath): Record<string, Json>[] {
  const streamSteps = path.steps.slice(0, -1);
  if (streamSteps.length === 1) {
    const arrivals = isRecord(root) ? root.arrivals : undefined;
    if (!Array.isArray(arrivals)) throw new ParamPathError(path.text, `expected a list at arrivals, found ${describe(arrivals)}`);
    return arrivals.filter(isRecord);
  }
  const at = locate(root, path, streamSteps);
  const stream = 'parent' in at ? at.parent[at.key] : at.node;
  if (!isRecord(stream)) throw new ParamPathError(path.text, `expected an arrival stream, found ${describe(stream)}`);
  return [stream];
}

function scaleStream(stream: Record<string, Json>, factor: number): void {
  if (typeof stream.ratePerHour === 'number') stream.ratePerHour *= factor;
  const scaleList = (list: Json, key: string, round: boolean) => {
    if (!Array.isArray(list)) return;
    for (const item of list) {
      if (isRecord(item) && typeof item[key] === 'number') {
        const v = (item[key] as number) * factor;
        item[key] = round ? Math.round(v) : v;
      }
    }
  };
  scaleList(stream.schedule, 'ratePerHour', false);
  scaleList(stream.flights, 'passengers', true);
  scaleList(stream.vehicles, 'passengers', true);
}

/**
 * A copy of the JSON value with the number at `path` set (or the arrivals scaled). Does not
 * validate: `setParam` in set-param.ts does that. Throws ParamPathError for a path that
 * does not lead to a number, or a value that is not a finite number.
 */
export function setParamRaw(scenario: unknown, pathOrText: ParamPath | string, value: number): unknown {
  const path = typeof pathOrText === 'string' ? parseParamPath(pathOrText) : pathOrText;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ParamPathError(path.text, `expected a finite number as the value, got ${describe(value)}`);
  }
  const copy: unknown = structuredClone(scenario);
  if (path.scale) {
    if (value < 0) throw new ParamPathError(path.text, `expected a scale factor ≥ 0, got ${value}`);
    for (const stream of scaleTargets(copy, path)) scaleStream(stream, value);
    return copy;
  }
  const at = locate(copy, path, path.steps);
  if (!('parent' in at)) {
    throw new ParamPathError(path.text, `expected the path to end with a name (such as .servers), not with a list selector`);
  }
  const current = at.parent[at.key];
  if (current !== undefined && typeof current !== 'number') {
    const hint = Array.isArray(current) && at.key === 'servers' ? ' (a staffing schedule: address one step, e.g. servers[0].servers)' : '';
    throw new ParamPathError(path.text, `expected a number there, found ${describe(current)}${hint}`);
  }
  at.parent[at.key] = value;
  return copy;
}
