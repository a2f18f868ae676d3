import { describe, expect, it } from 'vitest';
import { getParam, ParamPathError, parseParamPath, setParam, setParams, validateScenario } from '../../../sim/index.js';
import { richLane } from './scenarios.js';

function errorOf(fn: () => unknown): ParamPathError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ParamPathError);
    return e as ParamPathError;
  }
  throw new Error('expected a ParamPathError');
}

describe('parameter paths', () => {
  it('parses names, indices and key=value selectors', () => {
    expect(parseParamPath(' stations[id=corridor].alarms[check=temperature].probability ').steps).toEqual([
      { kind: 'key', key: 'stations' },
      { kind: 'match', key: 'id', value: 'corridor' },
      { kind: 'key', key: 'alarms' },
      { kind: 'match', key: 'check', value: 'temperature' },
      { kind: 'key', key: 'probability' },
    ]);
    expect(parseParamPath('arrivals[0].ratePerHour').steps[1]).toEqual({ kind: 'index', index: 0 });
    expect(parseParamPath('stations[id="border"].servers').steps[1]).toEqual({ kind: 'match', key: 'id', value: 'border' });
    expect(parseParamPath('arrivals.scale').scale).toBe(true);
    expect(parseParamPath('arrivals[id=peak].scale').scale).toBe(true);
  });

  it('rejects malformed paths saying where', () => {
    expect(errorOf(() => parseParamPath('stations[id=border.servers')).message).toMatch(/expected "\]"/);
    expect(errorOf(() => parseParamPath('stations[border].servers')).message).toMatch(/index or key=value/);
    expect(errorOf(() => parseParamPath('stations..servers')).message).toMatch(/expected a name at character 10/);
    expect(errorOf(() => parseParamPath('')).message).toMatch(/expected a path/);
    expect(errorOf(() => parseParamPath('stations[id=border].scale')).message).toMatch(/"scale" applies only to arrivals/);
  });

  it('reads the numbers paths name', () => {
    const sc = richLane();
    expect(getParam(sc, 'stations[id=border].servers')).toBe(8);
    expect(getParam(sc, 'stations[id=border].service.mean')).toBe(45);
    expect(getParam(sc, 'stations[id=corridor].alarms[check=temperature].probability')).toBe(0.01);
    expect(getParam(sc, 'arrivals[0].ratePerHour')).toBe(200);
    expect(getParam(sc, 'stations[1].servers')).toBe(8);
    expect(getParam(sc, 'arrivals.scale')).toBe(1);
  });

  it('sets a value in a new, validated scenario and leaves the input alone', () => {
    const sc = richLane();
    const before = JSON.stringify(sc);
    const next = setParam(sc, 'stations[id=border].servers', 12);
    expect(next.stations[1].servers).toBe(12);
    expect(JSON.stringify(sc)).toBe(before);
    expect(validateScenario(next).ok).toBe(true);
    const alarm = setParam(sc, 'stations[id=corridor].alarms[check=radiation].probability', 0.05);
    expect(alarm.stations[0].alarms?.[1].probability).toBe(0.05);
    expect(alarm.stations[0].alarms?.[0].probability).toBe(0.01);
    const both = setParams(sc, [
      ['stations[id=xray].servers[1].servers', 5],
      ['arrivals[id=peak].schedule[1].ratePerHour', 250],
    ]);
    expect(both.stations[2].servers).toEqual([{ fromSeconds: 0, servers: 2 }, { fromSeconds: 1800, servers: 5 }]);
    expect(both.arrivals[1]).toMatchObject({ schedule: [{ ratePerHour: 100 }, { ratePerHour: 250 }] });
  });

  it('arrivals.scale multiplies Poisson rates (and schedule steps) and rounds group sizes', () => {
    const sc = richLane();
    const s = setParam(sc, 'arrivals.scale', 1.5);
    expect(s.arrivals[0]).toMatchObject({ ratePerHour: 300 });
    expect(s.arrivals[1]).toMatchObject({ schedule: [{ ratePerHour: 150 }, { ratePerHour: 450 }] });
    expect(s.arrivals[2]).toMatchObject({ flights: [{ passengers: 152 }] }); // 151.5 rounds to 152
    expect(s.arrivals[3]).toMatchObject({ vehicles: [{ passengers: 68 }] }); // 67.5 rounds to 68
    const one = setParam(sc, 'arrivals[id=peak].scale', 2);
    expect(one.arrivals[0]).toMatchObject({ ratePerHour: 200 });
    expect(one.arrivals[1]).toMatchObject({ schedule: [{ ratePerHour: 200 }, { ratePerHour: 600 }] });
    expect(setParam(sc, 'arrivals.scale', 1)).toEqual(setParams(sc, []));
    expect(errorOf(() => setParam(sc, 'arrivals.scale', -1)).message).toMatch(/scale factor ≥ 0/);
  });

  it('names the path and what was expected when it goes wrong', () => {
    const sc = richLane();
    const unknown = errorOf(() => setParam(sc, 'stations[id=boarder].servers', 3));
    expect(unknown.path).toBe('stations[id=boarder].servers');
    expect(unknown.message).toBe('stations[id=boarder].servers: unknown station id "boarder" (known: corridor, border, xray, quarantine)');
    expect(errorOf(() => setParam(sc, 'stations[id=corridor].alarms[check=bags].probability', 0.1)).message).toMatch(
      /unknown alarm check "bags" \(known: temperature, radiation\)/,
    );
    expect(errorOf(() => setParam(sc, 'arrivals[7].ratePerHour', 1)).message).toMatch(/index 7 is out of range: arrivals has 4 item/);
    expect(errorOf(() => setParam(sc, 'stations[id=border].service', 3)).message).toMatch(/expected a number there, found an object/);
    expect(errorOf(() => setParam(sc, 'stations[id=xray].servers', 3)).message).toMatch(/staffing schedule: address one step/);
    expect(errorOf(() => setParam(sc, 'stations[id=border].servers', Number.NaN)).message).toMatch(/expected a finite number/);
    expect(errorOf(() => getParam(sc, 'horizon.nothing')).message).toMatch(/expected a number there, found nothing/);
    expect(errorOf(() => getParam(sc, 'station[0].servers')).message).toMatch(/the scenario has no "station"/);
  });

  it('re-validates: a value the format forbids is refused with the validator’s words', () => {
    const sc = richLane();
    const frac = errorOf(() => setParam(sc, 'stations[id=border].servers', 2.5));
    expect(frac.message).toMatch(/^stations\[id=border\]\.servers: setting stations\[id=border\]\.servers = 2\.5 makes the scenario invalid: stations\[1\]\.servers: /);
    expect(errorOf(() => setParam(sc, 'stations[id=corridor].alarms[check=temperature].probability', 1.2)).message).toMatch(/≤ 1/);
    expect(errorOf(() => setParam(sc, 'stations[id=border].sevrers', 3)).message).toMatch(/unknown key "sevrers"/);
  });
});
