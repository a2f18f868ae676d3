/**
 * The report's table of the run's actual lane: every station with its mode, servers (a
 * roster as "min–max") and mean service, from the scenario the run ran, not the file's
 * prose description; and what the run changed against its file ("边检人工通道 8 → 10").
 * So the report of a 10-desk rerun says 10 desks.
 */
import { displayNames, type Scenario } from '../../sim/index.js';
import { distMean } from '../charts/dist-preview.js';
import type { ScenarioChange } from '../insight/scenario-changes.js';
import { fmtSeconds } from '../format.js';
import { changeHeadings, changeText, parameterWords } from '../words/change-words.js';
import type { Language } from '../words/languages.js';
import { esc } from './html.js';

function serversCell(s: Scenario['stations'][number]): string {
  if (s.servers === undefined) return '—';
  if (typeof s.servers === 'number') return String(s.servers);
  const counts = s.servers.map((x) => x.servers);
  const lo = Math.min(...counts);
  const hi = Math.max(...counts);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

/** The section's HTML; `changes` null when the run's origin is unknown (then no change line). */
export function parametersSection(scenario: Scenario, hash: string, changes: readonly ScenarioChange[] | null, lang: Language): string {
  const w = parameterWords(lang);
  const names = displayNames(scenario, lang);
  const rows = scenario.stations
    .map((s) => {
      const mode = s.mode ?? 'queue';
      return `<tr data-station="${esc(s.id)}"><td>${esc(names.station(s.id))}</td><td>${esc(w.modes[mode])}</td><td class="num" data-testid="report-servers">${esc(serversCell(s))}</td><td class="num">${fmtSeconds(distMean(s.service))}</td><td class="num">${s.perBag ? fmtSeconds(distMean(s.perBag)) : '—'}</td></tr>`;
    })
    .join('');
  const h = changeHeadings(lang);
  const changeLine =
    changes === null
      ? ''
      : `<p data-testid="report-changes"><strong>${esc(h.fromFile)}:</strong> ${changes.length ? esc(changes.map((c) => changeText(c, lang, names.station)).join(lang === 'en' ? '; ' : '；')) : esc(h.noChanges)}</p>`;
  return `<section class="parameters-section keep" data-testid="report-parameters"><h2>${esc(w.heading)}</h2>${changeLine}<table><thead><tr><th>${esc(w.station)}</th><th>${esc(w.mode)}</th><th class="num">${esc(w.servers)}</th><th class="num">${esc(w.service)}</th><th class="num">${esc(w.perBag)}</th></tr></thead><tbody>${rows}</tbody></table><p class="muted">${esc(w.hash)} <code>${esc(hash)}</code></p></section>`;
}
