/**
 * The JSON syntax locator agrees with JSON.parse on what is valid, and names the line and
 * column of the first bad character on one line (JSON.parse in Node 20 often gives neither).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeJsonSyntaxError, findJsonSyntaxError, validateScenarioText } from '../../../sim/index.js';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('findJsonSyntaxError', () => {
  it('accepts every JSON text JSON.stringify writes', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.boolean(), (v, pretty) => findJsonSyntaxError(JSON.stringify(v, null, pretty ? 2 : undefined)) === null));
  });

  it('rejects exactly what JSON.parse rejects', () => {
    const pieces = fc.constantFrom('{', '}', '[', ']', ',', ':', '"a"', '"\\u00e9"', '"\\x"', '1', '-0.5e3', '01', 'true', 'nul', ' ', '\n', '"');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
      const text = parts.join('');
      return (findJsonSyntaxError(text) === null) === parses(text);
    }), { numRuns: 3000 });
  });

  it('points at the offending character', () => {
    expect(findJsonSyntaxError('{\n  "a": 1,\n  "b": ,\n}')).toEqual({ line: 3, column: 8, want: 'value', expected: 'a value', found: '","' });
    expect(findJsonSyntaxError('{"a": 1')).toMatchObject({ line: 1, column: 8, expected: "',' or '}'", found: 'end of file' });
    expect(findJsonSyntaxError('[1] x')).toMatchObject({ column: 5, expected: 'end of file' });
  });

  it('survives deep nesting without recursion', () => {
    expect(findJsonSyntaxError('['.repeat(200_000))).toMatchObject({ found: 'end of file' });
  });

  it('gives the core’s validation message one line with line and column', () => {
    const r = validateScenarioText('{\n  "format": "lanesim/scenario@1",\n  "name": ,\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0].message).toBe('not valid JSON at line 3, column 11: expected a value, found ","');
      expect(r.errors[0].message).not.toContain('\n');
    }
    const where = findJsonSyntaxError('"\n"');
    expect(where && describeJsonSyntaxError(where)).toBe('line 1, column 2: expected a valid string (escape or closing quote), found "\\n"');
  });
});
