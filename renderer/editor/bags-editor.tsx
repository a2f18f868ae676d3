/**
 * A class's checked bags as a small table of "count → probability" rows, edited in place.
 * Bags drive reclaim waits, per-bag service and per-bag alarms, so a planner must be able to
 * change them here rather than in the JSON. Messages come from the core validator at
 * `classes[i].bags` (the sum) and at each cell.
 */
import { useTranslation } from 'react-i18next';
import type { PassengerClass } from '../../sim/index.js';
import { useWorkbench } from '../state/context.js';
import { useDisplayNames } from '../state/use-display-names.js';
import { addBagRow, bagProbabilitySum, removeBagRow, setBagField, setClassBags } from '../state/class-edits.js';
import { jsonPath } from '../state/validation.js';
import { GroupMessages, IconButton, NumberField } from './fields.js';

export function BagsEditor({ cls, index }: { cls: PassengerClass; index: number }) {
  const { t } = useTranslation();
  const wb = useWorkbench();
  const p = (...x: Array<string | number>) => jsonPath('classes', index, 'bags', ...x);
  const name = useDisplayNames().passengerClass(cls.id);
  if (!cls.bags) {
    return (
      <div className="bags bags-none" data-testid={`bags-${index}`}>
        <span className="muted">{t('classes.noBags')}</span>
        <button type="button" className="btn btn-small" data-testid={`bags-set-${index}`} onClick={() => wb.edit((d) => setClassBags(d, index, true))}>
          {t('classes.setBags')}
        </button>
      </div>
    );
  }
  const bags = cls.bags;
  return (
    <div className="bags" data-testid={`bags-${index}`}>
      <div className="bags-row bags-head" aria-hidden="true">
        <span>{t('classes.bagCount')}</span>
        <span>{t('classes.bagProbability')}</span>
        <span />
      </div>
      {bags.map((b, j) => (
        <div className="bags-row" key={j}>
          <NumberField
            label={t('classes.bagCountOf', { cls: name, row: j + 1 })}
            path={p(j, 'count')}
            value={b.count}
            onChange={(v) => wb.edit((d) => setBagField(d, index, j, 'count', v), p(j, 'count'))}
          />
          <NumberField
            label={t('classes.bagProbabilityOf', { cls: name, row: j + 1 })}
            path={p(j, 'probability')}
            value={b.probability}
            onChange={(v) => wb.edit((d) => setBagField(d, index, j, 'probability', v), p(j, 'probability'))}
          />
          <IconButton label={t('classes.removeBagRow', { row: j + 1 })} onClick={() => wb.edit((d) => removeBagRow(d, index, j))}>
            ×
          </IconButton>
        </div>
      ))}
      <GroupMessages path={p()} />
      <div className="bags-foot">
        <span className="hint">{t('classes.bagSum', { sum: bagProbabilitySum(bags) })}</span>
        <button type="button" className="btn btn-small" data-testid={`bags-add-${index}`} disabled={bags.length > 20} onClick={() => wb.edit((d) => addBagRow(d, index))}>
          {t('classes.addBagRow')}
        </button>
      </div>
    </div>
  );
}
