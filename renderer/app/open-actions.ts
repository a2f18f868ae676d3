/** Opening a scenario from a file, the bundled set, a template or the recent list; unsaved work is confirmed first. */
import type { TFunction } from 'i18next';
import { BUNDLED } from '../scenarios/bundled.js';
import { TEMPLATES } from '../scenarios/templates.js';
import { isDirty } from '../state/document-history.js';
import type { Workbench } from '../state/workbench.js';

function mayDiscard(wb: Workbench, t: TFunction): boolean {
  const d = wb.doc.get();
  return !d || !isDirty(d) || window.confirm(t('notice.discard'));
}

export async function openFile(wb: Workbench, t: TFunction): Promise<void> {
  if (!mayDiscard(wb, t)) return;
  try {
    const file = await wb.host.openScenario();
    if (file) wb.openText(file, { saved: true, errorTitle: t('notice.openFailed', { name: file.name }) });
  } catch (e) {
    wb.notify('error', t('notice.openFailed', { name: '' }), [e instanceof Error ? e.message : String(e)]);
  }
}

export async function openRecent(wb: Workbench, path: string, t: TFunction): Promise<void> {
  if (!mayDiscard(wb, t)) return;
  try {
    const file = await wb.host.openRecent(path);
    if (file) wb.openText(file, { saved: true, errorTitle: t('notice.openFailed', { name: file.name }) });
    else wb.notify('error', t('notice.openFailed', { name: path }), [t('notice.recentGone')]);
  } catch (e) {
    wb.notify('error', t('notice.openFailed', { name: path }), [e instanceof Error ? e.message : String(e)]);
  }
}

export function openBundled(wb: Workbench, id: string, t: TFunction): void {
  const b = BUNDLED.find((x) => x.id === id);
  if (!b || !mayDiscard(wb, t)) return;
  wb.openText({ name: b.fileName, text: JSON.stringify(b.json) }, { saved: true, errorTitle: t('notice.openFailed', { name: b.fileName }) });
}

export function openTemplate(wb: Workbench, id: string, t?: TFunction): void {
  const tpl = TEMPLATES.find((x) => x.id === id);
  if (!tpl || (t && !mayDiscard(wb, t))) return;
  wb.openScenario(structuredClone(tpl.scenario), { fileName: `${tpl.id}.json`, saved: false });
}
