/**
 * A run names what it changed against its file: "边检人工通道 8 → 10" in its name, the run
 * list and the report, whose parameters table shows the lane the run actually ran.
 */
import { readFileSync } from 'node:fs';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { run, validateScenario, type Scenario } from '../../../sim/index.js';
import { scenarioChanges } from '../../../present/insight/scenario-changes.js';
import { changesSummary, changeText } from '../../../present/words/change-words.js';
import { runReportHtml } from '../../../present/report/index.js';
import { displayNames } from '../../../sim/index.js';

function bundled(id: string): Scenario {
  const v = validateScenario(JSON.parse(readFileSync(new URL(`../../../scenarios/${id}.json`, import.meta.url), 'utf8')));
  if (!v.ok) throw new Error(id);
  return v.scenario;
}

const classic = bundled('harbin-t1-entry-classic');
const border = classic.stations.findIndex((s) => s.id === 'border');
const tenDesks = produce(classic, (d) => void (d.stations[border].servers = 10));

describe('scenario changes', () => {
  it('finds nothing in the file as it is, and ignores names', () => {
    expect(scenarioChanges(classic, classic)).toEqual([]);
    expect(scenarioChanges(classic, produce(classic, (d) => void (d.name = 'renamed')))).toEqual([]);
  });

  it('says "边检人工通道 8 → 10" for two more border desks, in both languages', () => {
    const changes = scenarioChanges(classic, tenDesks);
    expect(changes).toEqual([{ station: 'border', field: 'servers', before: '8', after: '10' }]);
    expect(changeText(changes[0], 'zh-CN', displayNames(tenDesks, 'zh-CN').station)).toBe(`${displayNames(tenDesks, 'zh-CN').station('border')} 8 → 10`);
    expect(changeText(changes[0], 'en', displayNames(tenDesks, 'en').station)).toBe(`${displayNames(tenDesks, 'en').station('border')} 8 → 10`);
  });

  it('names service, added and removed stations and lane-wide changes, and summarises many', () => {
    const edited = produce(classic, (d) => {
      d.stations[border].service = { dist: 'constant', value: 30 };
      d.stations.splice(0, 1);
      d.stations.push({ ...d.stations[border - 1], id: 'spare' });
      d.horizon.arrivalsSeconds += 600;
    });
    const changes = scenarioChanges(classic, edited);
    const fields = changes.map((c) => `${c.station ?? '-'}:${c.field}`);
    expect(fields).toContain(`${classic.stations[0].id}:removed`);
    expect(fields).toContain('spare:added');
    expect(fields).toContain('border:service');
    expect(fields).toContain('-:horizon');
    const en = changesSummary(changes, 'en', (id) => id);
    expect(en).toMatch(new RegExp(`\\+${changes.length - 2} more$`));
    expect(changeText(changes.find((c) => c.field === 'service')!, 'en', (id) => id)).toMatch(/^border · service [\d.]+ → 30 s$/);
  });

  it('puts the run’s actual lane and its changes in the report', async () => {
    const result = run(tenDesks, { seed: 2, replications: 2 });
    for (const language of ['zh-CN', 'en'] as const) {
      const html = await runReportHtml({ scenario: tenDesks, result, language, changes: scenarioChanges(classic, tenDesks) });
      expect(html).toMatch(/data-station="border"><td>[^<]+<\/td><td>[^<]+<\/td><td class="num" data-testid="report-servers">10<\/td>/);
      expect(html).toContain(`${displayNames(tenDesks, language).station('border')} 8 → 10`);
      expect(html).toContain(result.scenarioHash);
    }
  });
});
