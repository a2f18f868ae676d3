/** The passenger classes, their shares (which must sum to one: the validator says so at `classes`) and their checked bags. */
import { useTranslation } from 'react-i18next';
import { useDoc, useWorkbench } from '../state/context.js';
import { jsonPath } from '../state/validation.js';
import { BagsEditor } from './bags-editor.js';
import { GroupMessages, IconButton, NumberField, TextField } from './fields.js';
import { freshId } from './presets.js';
import { editableName, editsTranslation, setEditableName } from '../state/name-edits.js';
import { useUiLanguage } from '../state/use-display-names.js';

export function ClassesEditor() {
  const { t } = useTranslation();
  const wb = useWorkbench();
  const doc = useDoc();
  const lang = useUiLanguage();
  if (!doc) return null;
  const classes = doc.scenario.classes;
  const p = (...x: Array<string | number>) => jsonPath('classes', ...x);
  return (
    <section className="panel" aria-label={t('classes.title')} data-testid="classes-editor">
      <div className="panel-body">
        <GroupMessages path="classes" />
        <table className="table table-edit table-classes">
          <thead>
            <tr>
              <th>{t('classes.id')}</th>
              <th>{t('classes.label')}</th>
              <th>{t('classes.share')}</th>
              <th>{t('classes.bags')}</th>
              <th>
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {classes.map((c, i) => (
              <tr key={i}>
                <td>
                  <TextField label={t('classes.id')} path={p(i, 'id')} value={c.id} onChange={(v) => wb.edit((d) => void (d.classes[i].id = v), p(i, 'id'))} />
                </td>
                <td>
                  <TextField
                    label={t('classes.label')}
                    path={editsTranslation(lang) ? jsonPath('translations', lang, 'classes', c.id) : p(i, 'label')}
                    value={editableName(doc.scenario, lang, 'classes', c.id)}
                    onChange={(v) => wb.edit((d) => setEditableName(d, lang, 'classes', c.id, v), p(i, 'label'))}
                  />
                </td>
                <td>
                  <NumberField label={t('classes.share')} path={p(i, 'share')} value={c.share} onChange={(v) => wb.edit((d) => void (d.classes[i].share = v), p(i, 'share'))} />
                </td>
                <td>
                  <BagsEditor cls={c} index={i} />
                </td>
                <td>
                  <IconButton label={t('common.remove')} disabled={classes.length <= 1} onClick={() => wb.edit((d) => void d.classes.splice(i, 1))}>
                    ×
                  </IconButton>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="hint">{t('classes.sumHint', { sum: Math.round(classes.reduce((a, c) => a + (Number.isFinite(c.share) ? c.share : 0), 0) * 1000) / 1000 })}</p>
        <button type="button" className="btn" onClick={() => wb.edit((d) => void d.classes.push({ id: freshId('class', d.classes.map((c) => c.id)), share: 0 }))}>
          {t('classes.add')}
        </button>
      </div>
    </section>
  );
}
