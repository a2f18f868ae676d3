/** Loading a bundled scenario by file name, validated (tests of the scenario layer). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateScenario, type Scenario } from '../../../sim/index.js';

const DIR = fileURLToPath(new URL('../../../scenarios/', import.meta.url));

export function bundled(file: string): Scenario {
  const v = validateScenario(JSON.parse(readFileSync(DIR + file, 'utf8')));
  if (!v.ok) throw new Error(`${file}: ${JSON.stringify(v.errors)}`);
  return v.scenario;
}
