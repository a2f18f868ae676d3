/** Loads the replay fixture scenario and records its replication 0. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateScenario, type Scenario } from '../../../sim/index.js';

export const FIXTURE_PATH = fileURLToPath(new URL('./fixtures/replay-entry.json', import.meta.url));

export function loadFixture(): Scenario {
  const v = validateScenario(JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')));
  if (!v.ok) throw new Error(`fixture invalid: ${JSON.stringify(v.errors)}`);
  return v.scenario;
}
