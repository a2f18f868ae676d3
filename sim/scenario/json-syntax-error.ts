/**
 * Where a JSON text first goes wrong, as line and column. `JSON.parse` in Node 20 and
 * Chromium often names no position ("Unexpected token ',', ..."1,\n "b": ,..." is not valid
 * JSON") and quotes the text across several lines, so a message built from it is neither
 * locatable nor one line. This scanner walks the text by the JSON grammar (RFC 8259) and
 * stops at the first character that cannot continue it. Bounded: one pass, an explicit
 * stack (no recursion), so a deeply nested hostile file cannot overflow the call stack.
 */

/** A syntax error: 1-based line and column of the offending character, and what was expected there. */
export interface JsonSyntaxError {
  line: number;
  column: number;
  /** What the grammar allowed at that place, in words ("a value", "',' or '}'", …). */
  expected: string;
  /** The character found there, or "end of file". */
  found: string;
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** The first syntax error of `text`, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  const n = text.length;
  // Containers still open: '{' or '['.
  const stack: number[] = [];
  const fail = (expected: string): JsonSyntaxError => {
    let line = 1;
    let column = 1;
    for (let k = 0; k < i && k < n; k++) {
      if (text.charCodeAt(k) === 0x0a) {
        line++;
        column = 1;
      } else column++;
    }
    return { line, column, expected, found: i >= n ? 'end of file' : JSON.stringify(text[i]) };
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
    if (ch === '"') return scanString() ? null : fail('a valid string (escape or closing quote)');
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return scanNumber() ? null : fail('a number');
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return null;
      }
    }
    return fail('a value');
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
      if (text[i] !== ',') return fail(`',' or '${close}'`);
      i++;
      skipWs();
    }
    if (top === 0x7b) {
      if (text[i] !== '"') return fail('a property name in double quotes');
      if (!scanString()) return fail('a valid string (escape or closing quote)');
      skipWs();
      if (text[i] !== ':') return fail("':'");
      i++;
    }
    r = scanValue();
    if (r !== null && r !== 'open') return r;
    justOpened = r === 'open';
  }
  skipWs();
  return i < n ? fail('end of file') : null;
}

/** "line 3, column 8: expected a value, found ','" — one line, for any message. */
export function describeJsonSyntaxError(e: JsonSyntaxError): string {
  return `line ${e.line}, column ${e.column}: expected ${e.expected}, found ${e.found}`;
}
