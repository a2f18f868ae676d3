/**
 * The metric to judge by and, for a per-station metric, which station: the same two selects
 * head the sweep's metric choice and the plan's target. The ids and test ids are the panel's
 * kind plus `-metric` / `-station`, which the e2e tests select by.
 */
import { useTranslation } from 'react-i18next';
import type { MetricName, Scenario } from '../../sim/index.js';
import { useScenarioNames } from '../state/use-display-names.js';
import { SWEEP_NS } from '../i18n/namespaces.js';
import { ALL_METRICS, isStationMetric } from './sweep-form.js';

export function MetricFields(props: {
  kind: 'sweep' | 'plan';
  scenario: Scenario;
  metric: MetricName;
  station: string;
  onMetric: (metric: MetricName) => void;
  onStation: (station: string) => void;
  /** Marks the station select invalid; left out, the select carries no aria-invalid at all (the plan's). */
  stationInvalid?: boolean;
}) {
  const { t } = useTranslation(SWEEP_NS);
  const names = useScenarioNames(props.scenario);
  const { kind } = props;
  return (
    <div className="sweep-row sweep-row-stack">
      <div className="field">
        <label htmlFor={`${kind}-metric`}>{t('metric')}</label>
        <select id={`${kind}-metric`} className="input" data-testid={`${kind}-metric`} value={props.metric} onChange={(e) => props.onMetric(e.target.value as MetricName)}>
          {ALL_METRICS.map((m) => (
            <option key={m} value={m}>
              {t(`metrics.${m}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${kind}-station`}>{t('station')}</label>
        <select
          id={`${kind}-station`}
          className="input"
          data-testid={`${kind}-station`}
          disabled={!isStationMetric(props.metric)}
          aria-invalid={props.stationInvalid}
          value={props.station}
          onChange={(e) => props.onStation(e.target.value)}
        >
          {props.scenario.stations.map((s) => (
            <option key={s.id} value={s.id}>
              {names.station(s.id)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
