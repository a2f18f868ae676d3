/** The progress bar: drawn on a terminal only after a second, never on a pipe; commands run in-process. */
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../cli/io.js';
import { main } from '../../cli/main.js';
import { ProgressBar } from '../../cli/progress.js';

/** A clock that advances by `step` ms each time it is read. */
function steppingClock(step: number): () => number {
  let t = 0;
  return () => (t += step);
}

describe('ProgressBar', () => {
  it('stays silent for the first second, then draws and erases itself', () => {
    let t = 0;
    const io = memoryIo({ isTTY: true, now: () => t });
    const bar = new ProgressBar(io, 'run');
    t = 500;
    bar.update(1, 10);
    expect(io.err()).toBe('');
    t = 1500;
    bar.update(5, 10);
    expect(io.err()).toMatch(/\rrun \[#+\.+\] {2}50 % 5\/10 ~2 s left/);
    bar.done();
    expect(io.err().endsWith('\r\x1b[K')).toBe(true);
  });

  it('never draws when stderr is not a terminal', () => {
    let t = 0;
    const io = memoryIo({ isTTY: false, now: () => t });
    const bar = new ProgressBar(io, 'run');
    t = 5000;
    bar.update(5, 10);
    bar.done();
    expect(io.err()).toBe('');
  });
});

describe('lanesim in-process', () => {
  it('a slow run on a terminal shows progress on stderr and the table on stdout', async () => {
    const io = memoryIo({ isTTY: true, now: steppingClock(400) });
    const code = await main(['run', 'scenarios/heihe-road-port.json', '-r', '6'], io);
    expect(code).toBe(0);
    expect(io.err()).toContain('scenarios/heihe-road-port.json [');
    expect(io.err()).toContain('100 % 6/6');
    expect(io.out()).toContain('Clearance time, lane entry to exit');
    expect(io.out()).not.toContain('\r');
  });

  it('the same run piped shows no progress', async () => {
    const io = memoryIo({ isTTY: false, now: steppingClock(400) });
    expect(await main(['run', 'scenarios/heihe-road-port.json', '-r', '2', '--format', 'json'], io)).toBe(0);
    expect(io.err()).toBe('');
    expect(JSON.parse(io.out()).replications).toBe(2);
  });

  it('maps input errors to exit 1 and usage errors to exit 2', async () => {
    const bad = memoryIo();
    expect(await main(['validate', 'test/cli/fixtures/broken/unknown-key.json'], bad)).toBe(1);
    expect(bad.err()).toContain('stations[1].sever');
    const usage = memoryIo();
    expect(await main(['run', '--nope'], usage)).toBe(2);
    expect(usage.err()).toContain('unknown option --nope');
  });
});
