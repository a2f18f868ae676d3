/** Test fixture scenarios (until and beside the bundled ones), validated at load. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateScenario, type Scenario } from '../../sim/index.js';

export const fixturePath = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}.json`, import.meta.url));

export function loadFixture(name: 'entry-classic' | 'entry-smart'): Scenario {
  const v = validateScenario(JSON.parse(readFileSync(fixturePath(name), 'utf8')));
  if (!v.ok) throw new Error(`fixture ${name}: ${v.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return v.scenario;
}
