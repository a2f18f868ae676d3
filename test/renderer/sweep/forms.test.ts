import { describe, expect, it } from 'vitest';
import { DEFAULT_REPLICATIONS, parseTarget, setParam } from '../../../sim/index.js';
import { planCommandLine, sweepCommandLine } from '../../../renderer/sweep/cli-text.js';
import { checkParamPath, paramChoices, suggestValues } from '../../../renderer/sweep/param-choices.js';
import { defaultPlanForm, readPlanForm, reconcilePlanForm, targetText } from '../../../renderer/sweep/plan-form.js';
import { convertValues, defaultSweepForm, readSweepForm, readValues, type SweepForm } from '../../../renderer/sweep/sweep-form.js';
import { bundled } from './helpers.js';
import { bottleneckStation } from '../../../present/insight/bottleneck.js';
import { defaultStaffForm, emptySweepView, syncDocument } from '../../../renderer/sweep/sweep-state.js';

const classic = bundled('harbin-t1-entry-classic');

describe('parameter picker', () => {
  const choices = paramChoices(classic);

  it('offers servers, service parameters, alarms and arrival scale, each a path the core accepts with the scenario’s value', () => {
    const paths = choices.map((c) => c.path);
    expect(paths).toContain('stations[id=border].servers');
    expect(paths).toContain('stations[id=border].service.mean');
    expect(paths).toContain('stations[id=temperature].alarms[check=temperature].probability');
    expect(paths).toContain('arrivals.scale');
    expect(paths).not.toContain('stations[id=reclaim].servers');
    for (const c of choices) {
      const check = checkParamPath(classic, c.path);
      expect(check).toEqual({ ok: true, path: c.path, base: c.base });
    }
    expect(choices.find((c) => c.path === 'stations[id=border].servers')?.base).toBe(8);
  });

  it('skips stations whose servers follow a schedule', () => {
    const scheduled = setParam(classic, 'stations[id=border].servers', 8);
    const json = structuredClone(scheduled) as unknown as { stations: Array<{ id: string; servers?: unknown }> };
    json.stations.find((s) => s.id === 'border')!.servers = [{ fromSeconds: 0, servers: 8 }];
    expect(paramChoices(json as unknown as typeof classic).some((c) => c.path === 'stations[id=border].servers')).toBe(false);
  });

  it('checks a typed path as typed, with the core’s message', () => {
    expect(checkParamPath(classic, 'stations[id=nope].servers')).toEqual({ ok: false, message: expect.stringContaining('unknown station id "nope"') as unknown as string });
    expect(checkParamPath(classic, 'stations[id=border].servers[').ok).toBe(false);
    expect(checkParamPath(classic, '  arrivals.scale ')).toEqual({ ok: true, path: 'arrivals.scale', base: 1 });
  });

  it('suggests values around the scenario’s own', () => {
    expect(suggestValues('servers', 8)).toEqual({ mode: 'range', text: '6:10:1' });
    expect(suggestValues('servers', 1)).toEqual({ mode: 'range', text: '1:3:1' });
    expect(suggestValues('arrivalsScale', 1)).toEqual({ mode: 'range', text: '0.8:1.2:0.1' });
    expect(suggestValues('alarm', 0.03)).toEqual({ mode: 'list', text: '0.015,0.03,0.06,0.12' });
    expect(suggestValues('serviceMean', 50)).toEqual({ mode: 'range', text: '40:60:5' });
    expect(readValues('range', suggestValues('serviceMean', 45).text)).toEqual({ ok: true, values: [36, 40.5, 45, 49.5, 54] });
  });
});

describe('sweep form', () => {
  it('starts with servers at the bottleneck (not the first station, temperature screening), p95, and reads into the CLI’s request', () => {
    expect(defaultSweepForm(classic).params[0].path).toBe('stations[id=temperature].servers');
    const start = bottleneckStation(classic);
    expect(start).toBe('border');
    const form = defaultSweepForm(classic, start);
    expect(form.params[0].path).toBe('stations[id=border].servers');
    expect(form.station).toBe('border');
    // The plan varies the bottleneck, and only it, and names it as the station of a station metric.
    const plan = defaultPlanForm(classic, start);
    expect(plan.station).toBe('border');
    expect(plan.stations.filter((x) => x.vary).map((x) => x.id)).toEqual(['border']);
    // The staffing form too, and when the document is first seen by the view (its forms made from the bottleneck).
    expect(defaultStaffForm(classic).station).toBe('temperature');
    expect(defaultStaffForm(classic, start).station).toBe('border');
    expect(syncDocument(emptySweepView, 'doc', classic, start).staffForm?.station).toBe('border');
    // A bottleneck that is not a queue station (none to staff) leaves the first queue station.
    expect(defaultStaffForm(classic, 'reclaim').station).toBe('temperature');
    const read = readSweepForm({ ...form, params: [{ path: 'stations[id=border].servers', mode: 'list', values: '8,10,12' }], seed: '' }, classic);
    expect(read).toEqual({ ok: true, value: { spec: { params: [{ path: 'stations[id=border].servers', values: [8, 10, 12] }], metric: { name: 'p95' } }, seed: classic.seed ?? 1, replications: DEFAULT_REPLICATIONS } }); // the CLI's default
  });

  it('names every wrong field at once', () => {
    const bad: SweepForm = {
      params: [
        { path: 'stations[id=nope].servers', mode: 'range', values: '10:2:1' },
        { path: 'arrivals.scale', mode: 'list', values: '1,1' },
      ],
      metric: 'meanWait',
      station: 'ghost',
      replications: '0',
      seed: '-1',
    };
    const read = readSweepForm(bad, classic);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(Object.keys(read.errors).sort()).toEqual(['path0', 'replications', 'seed', 'station', 'values0', 'values1']);
    expect(read.errors.values0).toMatch(/to ≥ from/);
    expect(read.errors.values1).toMatch(/listed twice/);
  });

  it('refuses the same parameter twice', () => {
    const p = { path: 'arrivals.scale', mode: 'list' as const, values: '1,2' };
    const read = readSweepForm({ ...defaultSweepForm(classic), params: [p, p] }, classic);
    expect(read.ok ? null : read.errors.path1).toBe('the two parameters are the same');
  });

  it('switches list ⇄ range keeping the values', () => {
    expect(convertValues([2, 4, 6, 8], 'range')).toBe('2:8:2');
    expect(convertValues([0.1, 0.2, 0.3], 'range')).toBe('0.1:0.3:0.1');
    expect(convertValues([1, 2, 4], 'range')).toBe('1,2,4');
    expect(convertValues([2, 4, 6], 'list')).toBe('2,4,6');
    expect(readValues('range', convertValues([0.8, 0.9, 1, 1.1, 1.2], 'range'))).toEqual({ ok: true, values: [0.8, 0.9, 1, 1.1, 1.2] });
  });

  it('writes the equivalent command line', () => {
    const read = readSweepForm({ params: [{ path: 'stations[id=border].servers', mode: 'range', values: '8:12:2' }], metric: 'waitOver5Min', station: 'border', replications: '5', seed: '7' }, classic);
    if (!read.ok) throw new Error('expected ok');
    expect(sweepCommandLine('harbin-t1-entry-classic.json', read.value)).toBe(
      "lanesim sweep harbin-t1-entry-classic.json --param 'stations[id=border].servers' --values 8,10,12 --metric border.waitOver5Min --replications 5 --seed 7",
    );
  });
});

describe('plan form', () => {
  it('starts with p95 within the scenario’s clearance target, varying the first queue station', () => {
    const form = defaultPlanForm(classic);
    expect(form.value).toBe(String(classic.targets?.clearanceSeconds ?? 600));
    expect(form.stations.filter((s) => s.vary).map((s) => s.id)).toEqual(['temperature']);
    expect(form.stations.map((s) => s.id)).not.toContain('reclaim');
  });

  it('writes the target as the CLI does, percentages for shares, and reads it with parseTarget', () => {
    const form = { ...defaultPlanForm(classic), metric: 'waitOver5Min' as const, station: 'border', value: '5', stations: [{ id: 'border', vary: true, min: '4', max: '20' }], seed: '3' };
    expect(targetText(form)).toBe('border.waitOver5Min<=5%');
    const read = readPlanForm(form, classic);
    expect(read).toEqual({
      ok: true,
      value: {
        spec: { stations: [{ id: 'border', min: 4, max: 20 }], target: parseTarget('border.waitOver5Min<=5%') },
        options: { seed: 3, replications: 10, maxReplications: 80 },
        targetText: 'border.waitOver5Min<=5%',
      },
    });
    if (!read.ok) return;
    expect(planCommandLine('lane.json', read.value)).toBe("lanesim plan lane.json --stations border --target 'border.waitOver5Min<=5%' --min border=4 --max border=20 --replications 10 --max-replications 80 --seed 3");
  });

  it('names wrong fields: no station, a share over 100 %, max below min, too few replications', () => {
    const form = { ...defaultPlanForm(classic), metric: 'withinTarget' as const, op: '>=' as const, value: '120', stations: [{ id: 'border', vary: true, min: '9', max: '3' }], replications: '1' };
    const read = readPlanForm(form, classic);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.value).toMatch(/share from 0 to 1/);
    expect(read.errors['max:border']).toMatch(/at least the minimum 9/);
    expect(read.errors.replications).toMatch(/from 2 to/);
    const none = readPlanForm({ ...defaultPlanForm(classic), stations: defaultPlanForm(classic).stations.map((s) => ({ ...s, vary: false })) }, classic);
    expect(none.ok ? null : none.errors.stations).toMatch(/at least one station/);
  });

  it('follows the scenario: removed stations go, a metric station that is gone is replaced', () => {
    const form = { ...defaultPlanForm(classic), station: 'border' };
    const fewer = { ...classic, stations: classic.stations.filter((s) => s.id !== 'border') };
    const next = reconcilePlanForm(form, fewer);
    expect(next.stations.map((s) => s.id)).not.toContain('border');
    expect(next.station).toBe('temperature');
    expect(reconcilePlanForm(form, classic)).toBe(form);
  });
});
