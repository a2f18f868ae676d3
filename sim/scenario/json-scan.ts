/**
 * A first look at untrusted JSON before any schema walks it: without recursion (a file
 * nested 100,000 levels deep must not overflow the stack), it reports keys named
 * `__proto__` (JSON.parse keeps them as own keys, but copying them into a record would
 * change its prototype and drop them silently) and nesting deeper than any LaneSim file
 * needs. Also the helpers that keep a message about hostile keys short and printable.
 */
import { problem, type ValidationError } from './validation-error.js';

/** Deeper than any scenario or replay file (the scenario schema nests about eight levels). */
export const MAX_JSON_DEPTH = 32;

/** Longest key or id shown in a message; longer ones are cut with "…". */
export const MAX_SHOWN_KEY = 64;

/** Keys that must never become properties of a record (they reach the prototype). */
const FORBIDDEN_KEYS = new Set(['__proto__']);

/** Cuts a key for a message, so a 1 MB key cannot flood the output. */
export function shownKey(key: string): string {
  const chars = [...key.slice(0, MAX_SHOWN_KEY * 2)];
  return chars.length > MAX_SHOWN_KEY ? chars.slice(0, MAX_SHOWN_KEY).join('') + `… (${key.length.toLocaleString('en')} characters)` : key;
}

function pathKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(shownKey(key))}]`;
}

/**
 * Every `__proto__` key in `value` as an unknown-key error, and an error where the nesting
 * passes MAX_JSON_DEPTH (not looking deeper there). Iterative: an explicit stack of
 * (value, path, depth).
 */
export function scanJson(value: unknown, maxDepth = MAX_JSON_DEPTH): ValidationError[] {
  const errors: ValidationError[] = [];
  const stack: Array<{ v: unknown; path: string; depth: number }> = [{ v: value, path: '', depth: 0 }];
  let tooDeep = false;
  while (stack.length > 0) {
    const { v, path, depth } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= maxDepth) {
      if (!tooDeep) {
        errors.push(problem(path.replace(/^\./, ''), 'too-deep', { max: maxDepth }, `nested more than ${maxDepth} levels deep; expected a LaneSim file (a few levels of objects and lists)`));
      }
      tooDeep = true;
      continue;
    }
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) {
        const item: unknown = v[i];
        if (item !== null && typeof item === 'object') stack.push({ v: item, path: `${path}[${i}]`, depth: depth + 1 });
      }
      continue;
    }
    const keys = Object.keys(v);
    const children: Array<{ v: unknown; path: string; depth: number }> = [];
    for (const key of keys) {
      const child = pathKey(key);
      if (FORBIDDEN_KEYS.has(key)) {
        errors.push(problem((path + child).replace(/^\./, ''), 'forbidden-key', { key }, `unknown key "${key}" (not allowed anywhere in a LaneSim file)`));
        continue;
      }
      const item: unknown = (v as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') children.push({ v: item, path: path + child, depth: depth + 1 });
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return errors;
}
