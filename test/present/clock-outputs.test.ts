/**
 * A flight at 08:30 in a scenario starting 06:00 appears at 08:30 on the chart axis (in the
 * SVG file) and in timeseries.csv (clock column).
 */
import { describe, expect, it } from 'vitest';
import { chartSvg, reportStrings, runCharts } from '../../present/report/index.js';
import { runDetailed, validateScenario, type Scenario } from '../../sim/index.js';
import { timeseriesCsv } from '../../sim/export/timeseries-csv.js';

function scenario(): Scenario {
  const v = validateScenario({
    format: 'lanesim/scenario@1',
    name: 'one flight at 08:30',
    startTime: '06:00',
    horizon: { arrivalsUntil: '10:00' },
    classes: [{ id: 'all', share: 1 }],
    arrivals: [
      { kind: 'flights', flights: [{ id: 'CZ3001', at: '08:30', passengers: 150, deplanePerMinute: 30 }] },
    ],
    entry: 'desk',
    stations: [
      { id: 'desk', mode: 'queue', servers: 4, service: { dist: 'exponential', mean: 45 }, next: 'exit' },
    ],
  });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.scenario;
}

describe('a flight at 08:30 shows at 08:30', () => {
  const s = scenario();
  const { result } = runDetailed(s, { seed: 1, replications: 2, intervalSeconds: 900 });

  it('in timeseries.csv: the first interval with arrivals starts at 08:30:00', () => {
    const lines = timeseriesCsv(result)
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    const header = lines[0].split(',');
    expect(header.slice(0, 3)).toEqual(['t_s', 'clock', 'inLane']);
    const arrivals = header.indexOf('arrivalsPerHour');
    const first = lines
      .slice(1)
      .map((l) => l.split(','))
      .find((cells) => Number(cells[arrivals]) > 0)!;
    expect(first[0]).toBe('9000');
    expect(first[1]).toBe('08:30:00');
  });

  it('on the queue chart axis of the SVG file', () => {
    const queue = runCharts({ name: s.name, result }, reportStrings('en')).find((c) => c.id === 'queue')!;
    const svg = chartSvg(queue.option, { title: queue.title, scenario: s.name });
    const labels = [...svg.matchAll(/<text[^>]*>(\d\d:\d\d)<\/text>/g)].map((m) => m[1]);
    expect(labels).toContain('08:30');
    expect(labels[0]).toBe('06:00');
    // Without the clock the same run reads elapsed time: the flight is at 02:30.
    const elapsed = runCharts(
      { name: s.name, result: { ...result, clock: undefined } },
      reportStrings('en'),
    ).find((c) => c.id === 'queue')!;
    expect(chartSvg(elapsed.option, { title: elapsed.title, scenario: s.name })).toContain('>02:30<');
  });
});
