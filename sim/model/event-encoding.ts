/**
 * The event encoding of the replication loop. An event in the calendar is a time and two
 * 32-bit integers: `a` is the subject (a passenger, an arrival source, a flight or vehicle,
 * a staffing step) and `b` packs the station index and the kind as `station << 3 | kind`.
 * Three bits hold eight kinds, all taken: a ninth kind must widen KIND_BITS (and the
 * station field shrinks by one bit), which the type check and the module check below
 * enforce, and the loop throws on a kind it does not know rather than misread one.
 */

export const enum Ev {
  /** a = arrival source: the next Poisson passenger arrives (and enters). */
  PoissonArrival = 0,
  /** a = group (flight or vehicle): it arrives and its passengers start walking to the lane. */
  GroupStart = 1,
  /** a = passenger: enters the lane. */
  Enter = 2,
  /** a = passenger, station: arrives at the station after a walk. */
  ArriveAt = 3,
  /** a = passenger, station: service ends at a queue station. */
  ServiceEnd = 4,
  /** a = passenger, station: a delay (or baggage reclaim) ends. */
  DelayEnd = 5,
  /** a = staffing step, station: the number of open servers changes. */
  ServerChange = 6,
  /** The warm-up ends: observations start. */
  Warmup = 7,
}

export const KIND_BITS = 3;
export const KIND_MASK = (1 << KIND_BITS) - 1;
/** Stations the `b` word can address: 2^(31 − KIND_BITS). */
export const MAX_STATIONS = 1 << (31 - KIND_BITS);

/** Every kind, for the module check and the tests. */
export const EVENT_KINDS: readonly Ev[] = [
  Ev.PoissonArrival,
  Ev.GroupStart,
  Ev.Enter,
  Ev.ArriveAt,
  Ev.ServiceEnd,
  Ev.DelayEnd,
  Ev.ServerChange,
  Ev.Warmup,
];

type FitsInKindBits = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;
/** Fails the type check when a kind does not fit in KIND_BITS. */
const everyKindFits: FitsInKindBits = 0 as Ev;
void everyKindFits;

/** Fails at load when a kind does not fit or two kinds share a code (a ninth kind added without widening). */
export function checkEventKinds(kinds: readonly number[], bits: number): void {
  const seen = new Set<number>();
  for (const k of kinds) {
    if (!Number.isInteger(k) || k < 0 || k >= 1 << bits) throw new Error(`event encoding: kind ${k} does not fit in ${bits} bits; widen KIND_BITS`);
    if (seen.has(k)) throw new Error(`event encoding: kind ${k} is used twice`);
    seen.add(k);
  }
}
checkEventKinds(EVENT_KINDS, KIND_BITS);

/** The `b` word of an event at a station. */
export function stationEvent(station: number, kind: Ev): number {
  return (station << KIND_BITS) | kind;
}

/** Thrown by the loop for a kind it does not dispatch: never misread an event. */
export function unknownEventKind(kind: number): Error {
  return new Error(`event encoding: unknown event kind ${kind}`);
}
