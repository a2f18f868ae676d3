/**
 * A "from this time on, this value" schedule (an arrival rate, a station's servers) as an
 * editable table: a row per step, a remove button per row (the last step cannot go) and an
 * add-step button under it. The caller does the edits, so each keeps its own draft and its
 * own default for a new step.
 */
import { useTranslation } from 'react-i18next';
import { IconButton, NumberField, withUnit } from './fields.js';

export function StepTable<K extends string>(props: {
  steps: ReadonlyArray<{ fromSeconds: number } & Record<K, number>>;
  /** The step's value field: `ratePerHour`, `servers`. */
  valueKey: K;
  fromLabel: string;
  valueLabel: string;
  /** Shown in the heading and the cells; none for a count. */
  valueUnit?: string;
  addLabel: string;
  /** The JSON path of a cell, for its validation messages and as the edit's merge key. */
  path: (k: number, field: 'fromSeconds' | K) => string;
  onEdit: (k: number, field: 'fromSeconds' | K, value: number) => void;
  onRemove: (k: number) => void;
  onAdd: () => void;
}) {
  const { t } = useTranslation();
  const { steps, valueKey, path, onEdit } = props;
  return (
    <>
      <table className="table table-edit">
        <thead>
          <tr>
            <th>{withUnit(t, props.fromLabel, t('units.s'))}</th>
            <th>{props.valueUnit === undefined ? props.valueLabel : withUnit(t, props.valueLabel, props.valueUnit)}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {steps.map((step, k) => (
            <tr key={k}>
              <td>
                <NumberField label={props.fromLabel} path={path(k, 'fromSeconds')} value={step.fromSeconds} unit={t('units.s')} onChange={(v) => onEdit(k, 'fromSeconds', v)} />
              </td>
              <td>
                <NumberField label={props.valueLabel} path={path(k, valueKey)} value={step[valueKey]} unit={props.valueUnit} onChange={(v) => onEdit(k, valueKey, v)} />
              </td>
              <td>
                <IconButton label={t('common.remove')} disabled={steps.length <= 1} onClick={() => props.onRemove(k)}>
                  ×
                </IconButton>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="btn btn-small" onClick={props.onAdd}>
        {props.addLabel}
      </button>
    </>
  );
}
