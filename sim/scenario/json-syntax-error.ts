/**
 * Where a JSON text first goes wrong, as line and column. `JSON.parse` in Node 20 and
 * Chromium often names no position ("Unexpected token ',', ..."1,\n "b": ,..." is not valid
 * JSON") and quotes the text across several lines, so a message built from it is neither
 * locatable nor one line. This scanner walks the text by the JSON grammar (RFC 8259) and
 * stops at the first character that cannot continue it. Bounded: one pass, an explicit
 * stack (no recursion), so a deeply nested hostile file cannot overflow the call stack.
 */

import { problem, type ValidationError } from './validation-error.js';

/** What the grammar allowed at the place it stopped, as a code (`close` also names the bracket). */
export type JsonWant = 'string' | 'number' | 'value' | 'comma-or-close' | 'property' | 'colon' | 'end';

/** A syntax error: 1-based line and column of the offending character, and what was expected there. */
export interface JsonSyntaxError {
  line: number;
  column: number;
  /** What was expected, as a code. */
  want: JsonWant;
  /** The closing bracket that would also do, for `comma-or-close`. */
  close?: string;
  /** What the grammar allowed at that place, in English ("a value", "',' or '}'", …). */
  expected: string;
  /** The character found there (JSON-quoted), or "end of file". */
  found: string;
}

const WANT_ENGLISH: Record<Exclude<JsonWant, 'comma-or-close'>, string> = {
  string: 'a valid string (escape or closing quote)',
  number: 'a number',
  value: 'a value',
  property: 'a property name in double quotes',
  colon: "':'",
  end: 'end of file',
};

/** What was expected, in English. */
export function jsonWantEnglish(want: JsonWant, close = '}'): string {
  return want === 'comma-or-close' ? `',' or '${close}'` : WANT_ENGLISH[want];
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** The first syntax error of `text`, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  const n = text.length;
  // Containers still open: '{' or '['.
  const stack: number[] = [];
  const fail = (want: JsonWant, close?: string): JsonSyntaxError => {
    let line = 1;
    let column = 1;
    for (let k = 0; k < i && k < n; k++) {
      if (text.charCodeAt(k) === 0x0a) {
        line++;
        column = 1;
      } else column++;
    }
    const found = i >= n ? 'end of file' : JSON.stringify(text[i]);
    return { line, column, want, ...(close ? { close } : {}), expected: jsonWantEnglish(want, close), found };
  };
  const skipWs = () => {
    while (i < n && WS.has(text.charCodeAt(i))) i++;
  };
  /** Scans a string starting at the opening quote; false when it is malformed (i at the bad char). */
  const scanString = (): boolean => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i += 2;
            return false;
          }
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else {
          i++;
          return false;
        }
      } else i++;
    }
    return false;
  };
  const scanNumber = (): boolean => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) return false;
    i += m[0].length;
    return true;
  };
  /** Scans one scalar or opens a container; returns an error or null. */
  const scanValue = (): JsonSyntaxError | 'open' | null => {
    skipWs();
    const ch = text[i];
    if (ch === '{' || ch === '[') {
      stack.push(text.charCodeAt(i));
      i++;
      return 'open';
    }
    if (ch === '"') return scanString() ? null : fail('string');
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return scanNumber() ? null : fail('number');
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return null;
      }
    }
    return fail('value');
  };

  // state: after opening a container we need its first member or its close.
  let r = scanValue();
  if (r !== null && r !== 'open') return r;
  let justOpened = r === 'open';
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    skipWs();
    if (justOpened) {
      justOpened = false;
      if (text[i] === (top === 0x7b ? '}' : ']')) {
        i++;
        stack.pop();
        continue;
      }
    } else {
      const close = top === 0x7b ? '}' : ']';
      if (text[i] === close) {
        i++;
        stack.pop();
        continue;
      }
      if (text[i] !== ',') return fail('comma-or-close', close);
      i++;
      skipWs();
    }
    if (top === 0x7b) {
      if (text[i] !== '"') return fail('property');
      if (!scanString()) return fail('string');
      skipWs();
      if (text[i] !== ':') return fail('colon');
      i++;
    }
    r = scanValue();
    if (r !== null && r !== 'open') return r;
    justOpened = r === 'open';
  }
  skipWs();
  return i < n ? fail('end') : null;
}

/** "line 3, column 8: expected a value, found ','" — one line, for any message. */
export function describeJsonSyntaxError(e: JsonSyntaxError): string {
  return `line ${e.line}, column ${e.column}: expected ${e.expected}, found ${e.found}`;
}

/** The syntax error as a problem of the whole file, with its line, column, what was expected and found. */
export function jsonSyntaxProblem(e: JsonSyntaxError): ValidationError {
  return problem(
    '',
    'json-syntax',
    { line: e.line, column: e.column, want: e.want, ...(e.close ? { close: e.close } : {}), found: e.found },
    `not valid JSON at ${describeJsonSyntaxError(e)}`,
  );
}
