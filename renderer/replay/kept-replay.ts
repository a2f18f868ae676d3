/** When the workbench's replay tab may show again the replay it kept across a tab switch. */
import type { Scenario } from '../../sim/index.js';
import type { ReplayScenarioChoice, ReplaySession } from './replay-view.js';

/** The picker's id for the workbench's open document. */
export const DOCUMENT_CHOICE = '(document)';

/**
 * Whether a kept replay still shows what the workbench would run: not when it was built from
 * a choice whose seed has changed since (the header's seed), nor from a document since edited
 * or replaced. A replay the trainer built with a typed seed, or opened from a file, is kept.
 */
export function keptReplayIsCurrent(kept: ReplaySession, keptScenario: Scenario | undefined, choices: readonly ReplayScenarioChoice[], scenario: Scenario | undefined): boolean {
  if (!kept.choice) return true;
  if (kept.choice.id === DOCUMENT_CHOICE && keptScenario !== scenario) return false;
  const now = choices.find((c) => c.id === kept.choice?.id);
  return !now || now.seed === kept.choice.seed;
}
