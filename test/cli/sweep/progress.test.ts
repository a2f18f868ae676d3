/** What `plan` and `sweep` show on a terminal while they work (in-process, with a fake clock). */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryIo } from '../../../cli/io.js';
import { main } from '../../../cli/main.js';
import { tandem } from '../../sim/sweep/scenarios.js';

function setup(isTTY: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'lanesim-progress-'));
  writeFileSync(join(dir, 'small.json'), JSON.stringify(tandem({ ratePerHour: 300, serviceA: 60, serviceB: 30, a: 6, b: 3, hours: 2, warmup: 0.5 })));
  let t = 0;
  // Every clock reading is 0.5 s later: the one-second delay passes after two readings.
  return memoryIo({ isTTY, cwd: dir, now: () => (t += 500) });
}

describe('progress on stderr', () => {
  it('plan shows what it is trying, then clears the line', async () => {
    const io = setup(true);
    expect(await main(['plan', 'small.json', '--stations', 'border', '--target', 'border.meanWait<=30'], io)).toBe(0);
    expect(io.err()).toMatch(/\rplan small\.json: \d+ point\(s\), \d+ replications; trying border \d+/);
    expect(io.err()).toContain('\x1b[K');
    expect(io.err().endsWith('\r\x1b[K')).toBe(true);
    expect(io.out()).toContain('Answer: border');
  });

  it('sweep draws the bar over points × replications', async () => {
    const io = setup(true);
    expect(await main(['sweep', 'small.json', '-p', 'stations[id=border].servers', '--values', '6,7', '-r', '3'], io)).toBe(0);
    expect(io.err()).toContain('6/6');
    expect(io.err().endsWith('\r\x1b[K')).toBe(true);
  });

  it('plain lines, no bar or escape codes, when stderr is not a terminal', async () => {
    const io = setup(false);
    expect(await main(['plan', 'small.json', '--stations', 'border', '--target', 'border.meanWait<=30'], io)).toBe(0);
    // The fake clock passes ten seconds every twenty readings: a few plain lines, each whole.
    const lines = io.err().split('\n').filter((l) => l !== '');
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(/^plan small\.json: \d+ point\(s\), \d+ replications; .+; \d+ s$/);
    expect(io.err()).not.toContain('\r');
    expect(io.err()).not.toContain('\x1b');
    expect(io.out()).toContain('Answer: border');
  });
});
