#!/usr/bin/env node
/**
 * Type-checks each floor with only its runtime's types (sim/ and present/: neither DOM nor
 * Node; cli/ and electron/: Node; renderer/: DOM): the root tsconfig.json gives every folder
 * both, for editors and tests, so it cannot see a `document` in the CLI or a `Buffer` in the
 * renderer. Two at a time, like the machine's cores; sim/ is checked inside present/.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
export const FLOORS = ['sim', 'present', 'cli', 'renderer', 'electron'];

function check(floor) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsc, '-p', join(root, floor), '--noEmit'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ floor, code, out }));
  });
}

const queue = [...FLOORS];
let failed = false;
await Promise.all(
  [0, 1].map(async () => {
    for (let floor = queue.shift(); floor; floor = queue.shift()) {
      const r = await check(floor);
      if (r.code !== 0) {
        failed = true;
        process.stderr.write(`${floor}/tsconfig.json:\n${r.out}`);
      }
    }
  }),
);
process.exitCode = failed ? 1 : 0;
