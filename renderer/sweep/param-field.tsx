/**
 * One swept parameter: a picker of what the scenario offers (grouped by station and
 * arrivals), the path itself (editable, checked against the scenario as typed), and its
 * values as a list or a range with the count they expand to.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../sim/index.js';
import { SWEEP_NS } from '../i18n/namespaces.js';
import { useScenarioNames } from '../state/use-display-names.js';
import { choiceLabel } from './labels.js';
import { checkParamPath, paramChoices } from './param-choices.js';
import { convertValues, paramFormFor, readValues, type ParamForm } from './sweep-form.js';
import { fmtParam } from '../../present/sweep-format.js';

export interface ParamFieldProps {
  index: number;
  scenario: Scenario;
  form: ParamForm;
  onChange: (next: ParamForm) => void;
  /** Errors from the last attempt to run, by field. */
  pathError?: string;
  valuesError?: string;
}

export function ParamField({ index, scenario, form, onChange, pathError, valuesError }: ParamFieldProps) {
  const { t } = useTranslation(SWEEP_NS);
  const id = useId();
  const names = useScenarioNames(scenario);
  const choices = useMemo(() => paramChoices(scenario), [scenario]);
  const picked = choices.some((c) => c.path === form.path) ? form.path : '';
  const check = useMemo(() => checkParamPath(scenario, form.path), [scenario, form.path]);
  const values = useMemo(() => readValues(form.mode, form.values), [form.mode, form.values]);
  const pathMessage = pathError ?? (check.ok ? undefined : check.message);
  const valuesMessage = valuesError ?? (values.ok ? undefined : values.message);
  const stations = choices.filter((c) => c.kind !== 'arrivalsScale' && c.kind !== 'streamScale' && c.kind !== 'streamRate');
  const arrivals = choices.filter((c) => !stations.includes(c));
  return (
    <div className="sweep-param" data-testid={`sweep-param-${index}`}>
      <div className="field">
        <label htmlFor={`${id}-pick`}>{index === 0 ? t('param') : t('param2')}</label>
        <select
          id={`${id}-pick`}
          className="input"
          data-testid={`sweep-pick-${index}`}
          value={picked}
          onChange={(e) => {
            if (e.target.value) onChange(paramFormFor(scenario, e.target.value));
          }}
        >
          <option value="">{t('pick')}</option>
          <optgroup label={t('groups.stations')}>
            {stations.map((c) => (
              <option key={c.path} value={c.path}>
                {choiceLabel(t, c, names)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('groups.arrivals')}>
            {arrivals.map((c) => (
              <option key={c.path} value={c.path}>
                {choiceLabel(t, c, names)}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <div className={`field${pathMessage ? ' field-invalid' : ''}`}>
        <label htmlFor={`${id}-path`}>{t('customPath')}</label>
        <input
          id={`${id}-path`}
          className="input sweep-path"
          spellCheck={false}
          data-testid={`sweep-path-${index}`}
          aria-invalid={Boolean(pathMessage)}
          placeholder={t('pathHint')}
          value={form.path}
          onChange={(e) => onChange({ ...form, path: e.target.value })}
        />
        {pathMessage ? (
          <div className="field-error" role="alert" data-testid={`sweep-path-error-${index}`}>
            {pathMessage}
          </div>
        ) : (
          <div className="hint sweep-hint">{t('pathBase', { value: check.ok ? fmtParam(check.base) : '' })}</div>
        )}
      </div>
      <div className={`field${valuesMessage ? ' field-invalid' : ''}`}>
        <label htmlFor={`${id}-values`}>{t('values')}</label>
        <div className="field-control">
          <div className="segmented" role="radiogroup" aria-label={t('values')}>
            {(['list', 'range'] as const).map((m) => (
              <button
                key={m}
                type="button"
                role="radio"
                aria-checked={form.mode === m}
                className={`segment${form.mode === m ? ' segment-active' : ''}`}
                data-testid={`sweep-mode-${index}-${m}`}
                onClick={() => onChange({ ...form, mode: m, values: m === form.mode ? form.values : values.ok ? convertValues(values.values, m) : form.values })}
              >
                {m === 'list' ? t('valuesList') : t('valuesRange')}
              </button>
            ))}
          </div>
          <input
            id={`${id}-values`}
            className="input"
            spellCheck={false}
            data-testid={`sweep-values-${index}`}
            aria-invalid={Boolean(valuesMessage)}
            placeholder={form.mode === 'list' ? t('valuesHintList') : t('valuesHintRange')}
            value={form.values}
            onChange={(e) => onChange({ ...form, values: e.target.value })}
          />
        </div>
        {valuesMessage ? (
          <div className="field-error" role="alert" data-testid={`sweep-values-error-${index}`}>
            {valuesMessage}
          </div>
        ) : (
          <div className="hint sweep-hint" data-testid={`sweep-values-count-${index}`}>
            {t('valuesCount', { count: values.ok ? values.values.length : 0 })}
            {values.ok && form.mode === 'range' ? `: ${values.values.slice(0, 8).map(fmtParam).join(', ')}${values.values.length > 8 ? ', …' : ''}` : ''}
          </div>
        )}
      </div>
    </div>
  );
}
