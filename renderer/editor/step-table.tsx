/**
 * A "from this time on, this value" schedule (an arrival rate, a station's servers) as an
 * editable table: a row per step, a remove button per row (the last step cannot go) and an
 * add-step button under it. The caller does the edits, so each keeps its own draft and its
 * own default for a new step.
 */
import { useTranslation } from 'react-i18next';
import { IconButton, NumberField, withUnit } from './fields.js';
import { TimeField } from './time-field.js';
import type { TimeValue } from '../state/time-edits.js';

export function StepTable<K extends string>(props: {
  /** Each step starts at `fromSeconds` or, with the scenario's startTime, at a clock time `from`. */
  steps: ReadonlyArray<{ fromSeconds?: number; from?: string } & Record<K, number>>;
  /** The scenario's startTime: "from" cells then read and take times of day. */
  startTime: string | undefined;
  /** The step's value field: `ratePerHour`, `servers`. */
  valueKey: K;
  fromLabel: string;
  valueLabel: string;
  /** Shown in the heading and the cells; none for a count. */
  valueUnit?: string;
  addLabel: string;
  /** The JSON path of a cell, for its validation messages and as the edit's merge key. */
  path: (k: number, field: 'fromSeconds' | 'from' | K) => string;
  onEdit: (k: number, field: K, value: number) => void;
  /** A step's start typed as a clock time or as seconds (with units). */
  onEditFrom: (k: number, value: TimeValue) => void;
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
            <th>{props.startTime ? props.fromLabel : withUnit(t, props.fromLabel, t('units.s'))}</th>
            <th>{props.valueUnit === undefined ? props.valueLabel : withUnit(t, props.valueLabel, props.valueUnit)}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {steps.map((step, k) => (
            <tr key={k}>
              <td>
                <TimeField
                  label={props.fromLabel}
                  clockPath={path(k, 'from')}
                  secondsPath={path(k, 'fromSeconds')}
                  clock={step.from}
                  seconds={step.fromSeconds}
                  startTime={props.startTime}
                  unit={props.startTime ? undefined : t('units.s')}
                  onChange={(v) => props.onEditFrom(k, v)}
                />
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
