/** Shared bits of the sweep view's tests: bundled scenarios, and "workers" served over a real MessageChannel. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import * as Comlink from 'comlink';
import { validateScenario, type Scenario } from '../../../sim/index.js';
import { createSweepApi } from '../../../renderer/sweep/sweep-api.js';
import type { WorkerHandle } from '../../../renderer/workers/worker-pool.js';

export function bundled(id: string): Scenario {
  const v = validateScenario(JSON.parse(readFileSync(fileURLToPath(new URL(`../../../scenarios/${id}.json`, import.meta.url)), 'utf8')));
  if (!v.ok) throw new Error(`${id}: ${v.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return v.scenario;
}

/** The sweep API end to end over a MessageChannel, minus the thread; counts terminations. */
export function channelWorkers(): { create: () => WorkerHandle; created: () => number; terminated: () => number } {
  let created = 0;
  let terminated = 0;
  return {
    create() {
      const { port1, port2 } = new MessageChannel();
      Comlink.expose(createSweepApi(), port2 as unknown as Comlink.Endpoint);
      created++;
      return {
        endpoint: port1 as unknown as Comlink.Endpoint,
        terminate: () => {
          terminated++;
          port1.close();
          port2.close();
        },
      };
    },
    created: () => created,
    terminated: () => terminated,
  };
}
