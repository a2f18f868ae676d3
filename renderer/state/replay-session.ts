/**
 * The replay tab's state across tab switches: the workbench unmounts the replay view when
 * another tab is shown, so the replay it showed (document, trace, moment, the toolbar's
 * choice and typed seed) is kept here and handed back when the tab returns.
 */
import type { Scenario } from '../../sim/index.js';
import type { ReplaySession } from '../replay/replay-view.js';

/** The replay left when the user switched tab, and the workbench document it was made from. */
export interface KeptReplay {
  session: ReplaySession;
  scenario: Scenario | undefined;
}

let kept: KeptReplay | null = null;

export function keptReplay(): KeptReplay | null {
  return kept;
}

export function keepReplay(next: KeptReplay | null): void {
  kept = next;
}
