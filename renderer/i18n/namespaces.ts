/**
 * The replay and sweep views' words as their own i18next namespaces, registered on demand
 * by the views that use them. The words themselves live in present/words/.
 */
import type { i18n } from 'i18next';
import { REPLAY_STRINGS } from '../../present/words/replay-words.js';
import { SWEEP_STRINGS } from '../../present/words/sweep-words.js';
import { LANGUAGES } from '../../present/words/languages.js';

export const REPLAY_NS = 'replay';
export const SWEEP_NS = 'sweep';

/** Adds the `replay` namespace to an i18next instance (idempotent). */
export function registerReplayStrings(instance: i18n): void {
  for (const lng of LANGUAGES) {
    if (!instance.hasResourceBundle(lng, REPLAY_NS)) instance.addResourceBundle(lng, REPLAY_NS, REPLAY_STRINGS[lng], true, true);
  }
}

/** Adds the `sweep` namespace to an i18next instance (idempotent; call after init). */
export function registerSweepStrings(instance: i18n): void {
  for (const lng of LANGUAGES) {
    if (!instance.hasResourceBundle(lng, SWEEP_NS)) instance.addResourceBundle(lng, SWEEP_NS, SWEEP_STRINGS[lng], true, true);
  }
}
