/**
 * The one table of defaults that turns a schedule row into passengers arriving at the lane:
 * deplaning rate by aircraft body, walk (or apron bus) time by stand type, alighting rate of a
 * bus, the load factor when only seats are given. Each value names its source or says it is an
 * assumption; scenarios/schedules/README.md prints the same table.
 */
import type { Distribution } from '../scenario/distribution-schema.js';

export type Body = 'narrow' | 'wide' | 'regional';
export type StandType = 'contact' | 'remote';

export interface Default<T> {
  value: T;
  source: string;
}

export const SCHEDULE_DEFAULTS = {
  deplanePerMinute: {
    narrow: {
      value: 36,
      source:
        'a full narrow-body (about 180 seats) deplanes in 4–6 min: Int. J. Aerospace Engineering 2021 (reference/parameters.md) → 180 / 5 min',
    },
    wide: {
      value: 60,
      source:
        'assumption: two doors in use, each at the narrow-body rate less crowding (no published figure in reference/)',
    },
    regional: {
      value: 25,
      source:
        'assumption: one door, about 80 seats in a little over 3 min (no published figure in reference/)',
    },
  } satisfies Record<Body, Default<number>>,
  walk: {
    contact: {
      value: { dist: 'uniform', min: 120, max: 330 } as Distribution,
      source:
        'a 150–400 m walk from a contact stand at 1.2–1.34 m/s (planning default walking speed, reference/parameters.md); the distance is an assumption',
    },
    remote: {
      value: { dist: 'uniform', min: 480, max: 900 } as Distribution,
      source:
        'assumption: apron bus from a remote stand, 8–15 min from the aircraft door to the terminal door (boarding the bus, the drive, alighting)',
    },
  } satisfies Record<StandType, Default<Distribution>>,
  alightPerMinute: {
    value: 20,
    source:
      'assumption: one bus door, about 3 s per traveller with hand luggage (as the bundled Heihe scenario)',
  },
  vehicleWalk: {
    value: { dist: 'uniform', min: 20, max: 90 } as Distribution,
    source: 'assumption: from the bus bay to the hall door of a road port, 30–100 m',
  },
  loadFactor: {
    value: 0.8,
    source:
      'assumption when a row gives seats without a load factor or passengers: about the industry-wide average seat load factor',
  },
} as const;

/** Most passengers a row may name before it is taken for a typing mistake. */
export const MAX_PASSENGERS = { flight: 900, vehicle: 150 } as const;

/** Aircraft body from a type code or word: A333 / 77W / 宽体 → wide, CRJ9 / E190 / ARJ21 / 支线 → regional, else narrow. */
export function bodyOfAircraft(text: string): { body: Body; known: boolean } {
  const t = text.trim().toUpperCase().replace(/[\s-]/g, '');
  if (t === '') return { body: 'narrow', known: false };
  if (/WIDE|宽体|HEAVY/.test(t)) return { body: 'wide', known: true };
  if (/REGIONAL|支线/.test(t)) return { body: 'regional', known: true };
  if (/NARROW|窄体/.test(t)) return { body: 'narrow', known: true };
  if (/^(A?3[3458]\d|A3[3458][0-9A-Z]*|B?7[4678]\d|B?7[4678][0-9A-Z]*|77[WL]|74[0-9A-Z]|IL96|C929)/.test(t))
    return { body: 'wide', known: true };
  if (
    /^(CRJ|CR[79]|ERJ|E1\d\d|E[79]\d|E\d{3}|ARJ|C909|AT[R457]|DH[C8]|Q[234]00|SU9|SSJ|MA60|E17|E19)/.test(t)
  )
    return { body: 'regional', known: true };
  if (
    /^(A?3[12]\d|A3[12][0-9A-Z]*|A2[0-2]N|B?73\d|B?73[0-9A-Z]*|B3[89]M|7M[89]|C919|B75\d|75[0-9A-Z]|TU204|MC21|A220|BCS)/.test(
      t,
    )
  )
    return { body: 'narrow', known: true };
  return { body: 'narrow', known: false };
}

/** Stand type from words people write: contact / bridge / 近机位 / 廊桥 → contact; remote / bus / 远机位 → remote. */
export function standOf(text: string): StandType | null {
  const t = text.trim().toLowerCase();
  if (t === '') return null;
  if (/^(contact|bridge|pier|jet ?bridge|near|c|近机位|近|廊桥|桥位)$/.test(t)) return 'contact';
  if (/^(remote|bus|apron|far|r|远机位|远|摆渡|摆渡车|远机位摆渡)$/.test(t)) return 'remote';
  return null;
}

/** Direction from words people write: A / arr / 进港 / 入境 → arrival; D / dep / 出港 / 出境 → departure. */
export function directionOf(text: string): 'arrival' | 'departure' | null {
  const t = text.trim().toLowerCase();
  if (/^(a|arr|arrival|arrivals|in|inbound|entry|进港|进|到达|入境|入)$/.test(t)) return 'arrival';
  if (/^(d|dep|departure|departures|out|outbound|exit|出港|出|出发|离港|出境)$/.test(t)) return 'departure';
  return null;
}
