/**
 * Scenario format v1 (contract, DESIGN.md) and LaneSim's additive extensions
 * (documented in scenarios/README.md). The TypeScript types are inferred from this one
 * schema, so the validator and the types can never drift apart. Unknown keys are errors:
 * a typo such as "sever" must not silently fall back to a default.
 */
import { z } from 'zod';
import { distributionSchema, MAX_SECONDS } from './distribution-schema.js';
import { PROCESS_TYPES } from '../stats/los-table.js';

export const SCENARIO_FORMAT = 'lanesim/scenario@1';

/** Upper bounds on sizes: beyond these a file is almost certainly a mistake, and the run would not fit in memory. */
export const LIMITS = {
  stations: 200,
  classes: 50,
  servers: 1000,
  ratePerHour: 200_000,
  passengersPerGroup: 20_000,
  groups: 10_000,
  scheduleSteps: 2_000,
  bagsPerPassenger: 20,
} as const;

/**
 * Ids are data, never property names: every lookup by id goes through a Map or
 * Object.hasOwn, so "constructor" or "toString" work like any other id. "__proto__" alone
 * is refused: as a key in a record it would change the record's prototype instead of
 * adding an entry.
 */
export const ID_PATTERN = /^[A-Za-z0-9_.-]+$/;
const id = z
  .string()
  .min(1)
  .max(64)
  .regex(ID_PATTERN, 'expected an id of letters, digits, "_", "." or "-"')
  .refine((v) => v !== '__proto__', { message: 'expected an id other than "__proto__" (reserved)', params: { code: 'reserved-id' } });
const seconds = z.number().finite().min(0).max(MAX_SECONDS);
const probability = z.number().finite().min(0).max(1);
const ratePerHour = z.number().finite().min(0).max(LIMITS.ratePerHour);

/** Extension: how many bags a passenger of a class carries, as probabilities of each count. */
const bagCount = z.strictObject({
  count: z.number().int().min(0).max(LIMITS.bagsPerPassenger),
  probability,
});

const passengerClass = z.strictObject({
  id,
  label: z.string().max(200).optional(),
  share: probability,
  bags: z.array(bagCount).min(1).max(LIMITS.bagsPerPassenger + 1).optional(),
});

/** Extension: a stream may override the lane's class mix (e.g. a crew bus is all "crew"). */
const classMix = z.record(id, probability);

/**
 * Extension: a clock string in place of a seconds field ("08:30", "08:30:15", or with a date),
 * counted from the scenario's `startTime`. `sim/clock/resolve-clock.ts` turns it into the
 * seconds field before this schema sees the file, so a validated scenario has seconds only.
 */
const clockString = z.string().max(40);

const rateStep = z.strictObject({ fromSeconds: seconds, from: clockString.optional(), ratePerHour });

const poissonArrivals = z.strictObject({
  kind: z.literal('poisson'),
  id: id.optional(),
  ratePerHour: ratePerHour.optional(),
  schedule: z.array(rateStep).min(1).max(LIMITS.scheduleSteps).optional(),
  classes: classMix.optional(),
});

const flight = z.strictObject({
  id,
  atSeconds: seconds,
  at: clockString.optional(),
  passengers: z.number().int().min(0).max(LIMITS.passengersPerGroup),
  deplanePerMinute: z.number().finite().gt(0).max(10_000),
  walk: distributionSchema.optional(),
  classes: classMix.optional(),
});

const vehicle = z.strictObject({
  id,
  atSeconds: seconds,
  at: clockString.optional(),
  passengers: z.number().int().min(0).max(LIMITS.passengersPerGroup),
  alightPerMinute: z.number().finite().gt(0).max(10_000),
  walk: distributionSchema.optional(),
  classes: classMix.optional(),
});

/**
 * Extension: a departing flight. Its passengers reach the lane before its STD by a show-up
 * profile (seconds before STD; per class, per flight, per stream, else the documented default
 * of sim/scenario/departure-defaults.ts) and must be through the lane by the cut-off,
 * `closeBeforeSeconds` before STD (default there too). `std` is the clock form of `stdSeconds`.
 */
const departureFlight = z.strictObject({
  id,
  stdSeconds: seconds,
  std: clockString.optional(),
  passengers: z.number().int().min(0).max(LIMITS.passengersPerGroup),
  showUp: distributionSchema.optional(),
  showUpByClass: z.record(id, distributionSchema).optional(),
  closeBeforeSeconds: seconds.optional(),
  classes: classMix.optional(),
});

const departureArrivals = z.strictObject({
  kind: z.literal('departures'),
  id: id.optional(),
  /** Show-up profile of the stream's flights (seconds before STD the passenger reaches the lane). */
  showUp: distributionSchema.optional(),
  showUpByClass: z.record(id, distributionSchema).optional(),
  /** The cut-off of the stream's flights: seconds before STD by which a passenger must be through the lane. */
  closeBeforeSeconds: seconds.optional(),
  flights: z.array(departureFlight).min(1).max(LIMITS.groups),
});

const flightArrivals = z.strictObject({
  kind: z.literal('flights'),
  id: id.optional(),
  flights: z.array(flight).min(1).max(LIMITS.groups),
});

const vehicleArrivals = z.strictObject({
  kind: z.literal('vehicles'),
  id: id.optional(),
  vehicles: z.array(vehicle).min(1).max(LIMITS.groups),
});

export const arrivalSchema = z.discriminatedUnion('kind', [poissonArrivals, flightArrivals, vehicleArrivals, departureArrivals]);

const serverStep = z.strictObject({
  fromSeconds: seconds,
  from: clockString.optional(),
  servers: z.number().int().min(0).max(LIMITS.servers),
});

/**
 * One routing branch. By probability (`probability`), or by class (`classes`, optionally
 * with the extension `share`: only that share of the matching passengers take it, the
 * rest try the next branch, e.g. 90 % of citizens are e-gate eligible).
 */
const branch = z.strictObject({
  to: id,
  probability: probability.optional(),
  classes: z.array(id).min(1).optional(),
  share: probability.optional(),
});

export const nextSchema = z.union([id, z.array(branch).min(1).max(LIMITS.stations + 1)]);

const alarm = z.strictObject({
  check: z.string().min(1).max(64),
  probability,
  to: id,
  /** Extension: "bag" applies the probability to each bag the passenger carries. */
  per: z.enum(['passenger', 'bag']).optional(),
});

/** Extension: baggage reclaim where bags come off the belt after the flight arrives. */
const reclaim = z.strictObject({
  firstBagSeconds: seconds,
  bagsPerMinute: z.number().finite().gt(0).max(100_000),
});

const baseStationSchema = z.strictObject({
  id,
  label: z.string().max(200).optional(),
  mode: z.enum(['queue', 'delay', 'reclaim']),
  checks: z.array(z.string().min(1).max(64)).max(32).optional(),
  servers: z
    .union([z.number().int().min(0).max(LIMITS.servers), z.array(serverStep).min(1).max(LIMITS.scheduleSteps)])
    .optional(),
  service: distributionSchema,
  serviceByClass: z.record(id, distributionSchema).optional(),
  perBag: distributionSchema.optional(),
  next: nextSchema,
  alarms: z.array(alarm).max(32).optional(),
  walk: distributionSchema.optional(),
  reclaim: reclaim.optional(),
  /** Extension: the equipment preset the station was built from (editor palette), for the record. */
  preset: z.string().max(64).optional(),
  /**
   * Extension: checks this station has done on the checked-baggage system (一机双屏, 先期机检):
   * the passenger does not stand for them, but their alarms call the passenger here. They
   * count as an inspection step without a passenger queue; no effect on the model.
   */
  baggageSystemChecks: z.array(z.string().min(1).max(64)).max(32).optional(),
  /** Extension (level of service): floor area of the station's queue, m², for space per queuing passenger. */
  queueAreaM2: z.number().finite().gt(0).max(1_000_000).optional(),
  /** Extension (level of service): which process the station is, choosing its LoS thresholds. */
  processType: z.enum(PROCESS_TYPES).optional(),
});

/**
 * Extension: one station a consolidated station was made of, as it was before the merge
 * (sim/scenario/consolidate.ts), with its display names, so `split` can restore it and a
 * comparison can map it to the merged station.
 */
const sourceStationSchema = baseStationSchema.extend({
  /** Display names of the source station by language tag (from `translations`). */
  names: z.record(z.string().min(1).max(16), z.string().min(1).max(200)).optional(),
  /** The station's checks moved onto the checked-baggage system instead of the passenger's path. */
  onBaggageSystem: z.literal(true).optional(),
});

/** Extension: what a consolidated station was made of and how (`lanesim consolidate`). */
export const mergedFromSchema = z.strictObject({
  /** How the sources' service times were combined: "sum", "max", or "given" (a distribution given by the planner). */
  rule: z.enum(['sum', 'max', 'given']),
  stations: z.array(sourceStationSchema).min(1).max(LIMITS.stations),
  /** Other stations whose `next` the merge rewired, with their `next` before it. */
  rewired: z.array(z.strictObject({ id, next: nextSchema })).max(LIMITS.stations).optional(),
  /** The lane's entry before the merge, when the merge changed it. */
  entry: id.optional(),
  /** A zero-time routing point the merge added in place of a station moved onto the baggage system. */
  routing: id.optional(),
});

export const stationSchema = baseStationSchema.extend({
  mergedFrom: mergedFromSchema.optional(),
});

/**
 * Extension: level-of-service thresholds per process type, replacing the documented table
 * (docs/level-of-service.md). `waitSeconds`: [optimum from, optimum to, under-provided above],
 * ascending; `spaceM2`: [optimum above… over-design above, optimum down to, under-provided below],
 * descending.
 */
const losOverride = z.strictObject({
  waitSeconds: z
    .tuple([seconds, seconds, seconds])
    .refine(([a, b, c]) => a <= b && b <= c, {
      message: 'expected three ascending waits: optimum from, optimum to, under-provided above',
      params: { code: 'waits-ascending' },
    })
    .optional(),
  spaceM2: z
    .tuple([z.number().finite().gt(0).max(1000), z.number().finite().gt(0).max(1000), z.number().finite().gt(0).max(1000)])
    .refine(([a, b, c]) => a >= b && b >= c, {
      message: 'expected three descending areas: over-design above, optimum down to, under-provided below',
      params: { code: 'areas-descending' },
    })
    .optional(),
});

/**
 * Extension: display names in other languages, so a lane authored in English reads in
 * Chinese for planners in the field (and the other way round). Ids never change; only what
 * is shown. Keys are BCP 47 language tags ("zh-CN", "en").
 */
const translation = z.strictObject({
  name: z.string().min(1).max(200).optional(),
  description: z.string().max(20_000).optional(),
  stations: z.record(id, z.string().min(1).max(200)).optional(),
  classes: z.record(id, z.string().min(1).max(200)).optional(),
  checks: z.record(z.string().min(1).max(64), z.string().min(1).max(200)).optional(),
  flights: z.record(id, z.string().min(1).max(200)).optional(),
});

export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Z][A-Za-z]{1,3}|-[0-9]{3})?$/;

export const scenarioSchema = z.strictObject({
  format: z.string(),
  name: z.string().min(1).max(200),
  description: z.string().max(20_000).optional(),
  sources: z.array(z.string().max(2000)).max(100).optional(),
  seed: z.number().int().min(0).max(0xffffffff).optional(),
  /** Extension: the clock time (and optionally date) at which the run starts: "06:00", "2025-08-15 06:00". */
  startTime: clockString.optional(),
  horizon: z.strictObject({
    arrivalsSeconds: z.number().finite().gt(0).max(MAX_SECONDS),
    /** Extension: the end of arrivals as a clock time ("21:00"), in place of arrivalsSeconds. */
    arrivalsUntil: clockString.optional(),
    warmupSeconds: seconds.optional(),
  }),
  /** Extension: level-of-service target the results report against (share cleared within it). */
  targets: z
    .strictObject({
      clearanceSeconds: z.number().finite().gt(0).max(MAX_SECONDS).optional(),
    })
    .optional(),
  /** Extension: level-of-service thresholds per process type (override of the documented table). */
  levelOfService: z.partialRecord(z.enum(PROCESS_TYPES), losOverride).optional(),
  translations: z.record(z.string().regex(LANGUAGE_TAG, 'expected a language tag such as "zh-CN" or "en"'), translation).optional(),
  classes: z.array(passengerClass).min(1).max(LIMITS.classes),
  arrivals: z.array(arrivalSchema).min(1).max(100),
  entry: id,
  stations: z.array(stationSchema).min(1).max(LIMITS.stations),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type Station = z.infer<typeof stationSchema>;
export type Arrival = z.infer<typeof arrivalSchema>;
export type DepartureArrivals = z.infer<typeof departureArrivals>;
export type DepartureFlight = DepartureArrivals['flights'][number];
export type PassengerClass = Scenario['classes'][number];
export type Next = z.infer<typeof nextSchema>;
export type Branch = Extract<Next, unknown[]>[number];
export type Alarm = NonNullable<Station['alarms']>[number];
export type StationMode = Station['mode'];
export type Translation = z.infer<typeof translation>;
export type MergedFrom = z.infer<typeof mergedFromSchema>;
export type SourceStation = MergedFrom['stations'][number];
export type LosOverride = z.infer<typeof losOverride>;
