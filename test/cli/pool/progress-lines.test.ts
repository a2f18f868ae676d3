/** Progress when stderr is not a terminal (a batch job's log): plain lines every ten seconds, no bar, nothing on short runs. */
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../../cli/io.js';
import { main } from '../../../cli/main.js';
import { ProgressBar } from '../../../cli/progress.js';

describe('plain progress lines', () => {
  it('one line after ten seconds, then one per ten seconds, with ETA; none at the end', () => {
    let t = 0;
    const io = memoryIo({ isTTY: false, now: () => t });
    const bar = new ProgressBar(io, 'run day.json');
    t = 9_000;
    bar.update(10, 100);
    expect(io.err()).toBe('');
    t = 10_000;
    bar.update(20, 100);
    expect(io.err()).toBe('run day.json: 20/100 (20 %), 10 s, ~40 s left\n');
    t = 15_000;
    bar.update(30, 100);
    expect(io.err().split('\n')).toHaveLength(2);
    t = 20_000;
    bar.update(50, 100);
    t = 40_000;
    bar.update(100, 100);
    bar.done();
    expect(io.err()).toBe(
      'run day.json: 20/100 (20 %), 10 s, ~40 s left\nrun day.json: 50/100 (50 %), 20 s, ~20 s left\n',
    );
    expect(io.err()).not.toContain('\r');
  });

  it('a long pooled run piped writes lines, and the result still goes to stdout alone', async () => {
    let t = 0;
    const io = memoryIo({ isTTY: false, now: () => (t += 3_000) });
    expect(
      await main(
        ['run', 'scenarios/heihe-road-port.json', '-r', '8', '--format', 'json', '--workers', '2'],
        io,
      ),
    ).toBe(0);
    expect(io.err()).toMatch(/^scenarios\/heihe-road-port\.json: \d+\/8 \(\d+ %\), \d+ s, ~\d+ s left$/m);
    expect(JSON.parse(io.out()).replications).toBe(8);
  });
});
