/**
 * What a sweep can vary in the open scenario, read from the scenario itself: servers of
 * each queue station with a constant count, the main parameter of each service time,
 * each alarm's probability, the scale of all arrivals and of each stream. Each choice is a
 * parameter path of the core (sim/sweep/param-path.ts), so the picker and the free path
 * field feed the same `sweep()` the CLI runs. Pure: unit-tested without a DOM.
 */
import { getParam, parseParamPath, type Scenario } from '../../sim/index.js';

export type ParamKind = 'servers' | 'serviceMean' | 'serviceValue' | 'alarm' | 'arrivalsScale' | 'streamScale' | 'streamRate';

export interface ParamChoice {
  path: string;
  kind: ParamKind;
  /** The station (or stream) the parameter belongs to; null for all arrivals. */
  owner: string | null;
  /** Display name of the owner (its label, else its id). */
  ownerLabel: string | null;
  /** The alarm's check, for alarm probabilities. */
  check?: string;
  /** The value in the scenario as given (1 for scales). */
  base: number;
}

/** A stream's selector: by id when it has one (robust to reordering), else by index. */
function streamSelector(stream: { id?: string }, index: number): string {
  return stream.id ? `[id=${stream.id}]` : `[${index}]`;
}

/** The parameters the picker offers, in the scenario's order (stations first, then arrivals). */
export function paramChoices(scenario: Scenario): ParamChoice[] {
  const out: ParamChoice[] = [];
  for (const st of scenario.stations) {
    const owner = st.id;
    const ownerLabel = st.label || st.id;
    const at = `stations[id=${st.id}]`;
    if (st.mode === 'queue' && typeof st.servers === 'number') out.push({ path: `${at}.servers`, kind: 'servers', owner, ownerLabel, base: st.servers });
    const service = st.service as Record<string, unknown> | undefined;
    if (service && typeof service.mean === 'number') out.push({ path: `${at}.service.mean`, kind: 'serviceMean', owner, ownerLabel, base: service.mean });
    else if (service && typeof service.value === 'number') out.push({ path: `${at}.service.value`, kind: 'serviceValue', owner, ownerLabel, base: service.value });
    const alarms = st.alarms ?? [];
    alarms.forEach((a, i) => {
      // A check named once is addressed by name; a check listed twice needs the index.
      const unique = alarms.filter((b) => b.check === a.check).length === 1;
      const sel = unique ? `[check=${a.check}]` : `[${i}]`;
      out.push({ path: `${at}.alarms${sel}.probability`, kind: 'alarm', owner, ownerLabel, check: a.check, base: a.probability });
    });
  }
  out.push({ path: 'arrivals.scale', kind: 'arrivalsScale', owner: null, ownerLabel: null, base: 1 });
  if (scenario.arrivals.length > 1) {
    scenario.arrivals.forEach((s, i) => {
      const label = s.id ?? `#${i + 1}`;
      out.push({ path: `arrivals${streamSelector(s, i)}.scale`, kind: 'streamScale', owner: label, ownerLabel: label, base: 1 });
    });
  }
  scenario.arrivals.forEach((s, i) => {
    if (s.kind === 'poisson' && typeof s.ratePerHour === 'number') {
      const label = s.id ?? `#${i + 1}`;
      out.push({ path: `arrivals${streamSelector(s, i)}.ratePerHour`, kind: 'streamRate', owner: label, ownerLabel: label, base: s.ratePerHour });
    }
  });
  return out;
}

export type PathCheck = { ok: true; path: string; base: number } | { ok: false; message: string };

/**
 * Checks a typed path against the scenario: it must parse and lead to a number (or be a
 * scale). The message is the core's, naming where the path stops making sense.
 */
export function checkParamPath(scenario: Scenario, text: string): PathCheck {
  try {
    const path = parseParamPath(text);
    return { ok: true, path: path.text, base: getParam(scenario, path) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

/** Rounds to a few significant digits so suggested values read well ("0.9", not "0.8999999"). */
function tidy(v: number): number {
  return Number(v.toPrecision(4));
}

/**
 * Values to start from around the scenario's own value, in the form the values field
 * takes (a range "from:to:step" or a list): servers ±2, scales 0.8–1.2, a mean ±20 %,
 * a probability halved and doubled.
 */
export function suggestValues(kind: ParamKind, base: number): { mode: 'list' | 'range'; text: string } {
  switch (kind) {
    case 'servers': {
      const from = Math.max(1, base - 2);
      return { mode: 'range', text: `${from}:${Math.max(from + 2, base + 2)}:1` };
    }
    case 'arrivalsScale':
    case 'streamScale':
      return { mode: 'range', text: '0.8:1.2:0.1' };
    case 'alarm': {
      if (base <= 0) return { mode: 'list', text: '0,0.01,0.02,0.05' };
      const vals = [base / 2, base, Math.min(1, base * 2), Math.min(1, base * 4)].map(tidy);
      return { mode: 'list', text: [...new Set(vals)].join(',') };
    }
    default: {
      if (base <= 0) return { mode: 'list', text: '0,1,2' };
      const step = tidy(base * 0.1);
      return { mode: 'range', text: `${tidy(base - 2 * step)}:${tidy(base + 2 * step)}:${step}` };
    }
  }
}
