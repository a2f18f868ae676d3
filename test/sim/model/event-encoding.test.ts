/**
 * The event encoding (sim/model/event-encoding.ts): eight kinds in three bits, each once; a
 * ninth kind without a wider field, or a kind used twice, fails at load; the station index
 * survives packing for every kind.
 */
import { describe, expect, test } from 'vitest';
import { checkEventKinds, Ev, EVENT_KINDS, KIND_BITS, KIND_MASK, MAX_STATIONS, stationEvent, unknownEventKind } from '../../../sim/model/event-encoding.js';

describe('event encoding', () => {
  test('eight kinds, each once, fit in the kind bits', () => {
    expect(EVENT_KINDS).toHaveLength(8);
    expect(new Set(EVENT_KINDS).size).toBe(8);
    expect(() => checkEventKinds(EVENT_KINDS, KIND_BITS)).not.toThrow();
  });

  test('a ninth kind without widening the field fails loudly', () => {
    expect(() => checkEventKinds([...EVENT_KINDS, 8], KIND_BITS)).toThrow(/kind 8 does not fit in 3 bits; widen KIND_BITS/);
    expect(() => checkEventKinds([...EVENT_KINDS, 8], KIND_BITS + 1)).not.toThrow();
    expect(() => checkEventKinds([0, 1, 1], KIND_BITS)).toThrow(/used twice/);
  });

  test('station and kind survive packing', () => {
    for (const kind of EVENT_KINDS) {
      for (const s of [0, 1, 37, MAX_STATIONS - 1]) {
        const b = stationEvent(s, kind);
        expect(b >> KIND_BITS).toBe(s);
        expect(b & KIND_MASK).toBe(kind);
      }
    }
    expect(stationEvent(3, Ev.ServiceEnd)).toBe(3 * 8 + 4);
    expect(unknownEventKind(9).message).toMatch(/unknown event kind 9/);
  });
});
