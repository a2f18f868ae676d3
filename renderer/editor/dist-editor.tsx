/** Edits one distribution: its kind, its parameters (each validated by path) and a preview of its shape. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DIST_KINDS, type Distribution } from '../../sim/index.js';
import { useMessages } from '../state/use-messages.js';
import { fmtSeconds } from '../../present/format.js';
import { jsonPath } from '../state/validation.js';
import { defaultDist, distMean, distPreview } from '../../present/charts/dist-preview.js';
import { NumberField, SelectField, TextField } from './fields.js';

type Kind = Distribution['dist'];

function Preview({ dist, path }: { dist: Distribution; path: string }) {
  const { t } = useTranslation();
  const errors = useMessages(path);
  const preview = useMemo(() => distPreview(dist), [dist]);
  const W = 200;
  const H = 56;
  return (
    <figure className="dist-preview" aria-label={t('dist.preview')}>
      {preview && errors.length === 0 ? (
        <>
          <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('dist.preview')}>
            {preview.heights.map((h, i) => {
              const bw = W / preview.heights.length;
              return <rect key={i} x={i * bw + 0.5} y={H - h * (H - 2)} width={Math.max(bw - 1, 1)} height={h * (H - 2)} className="dist-bar" />;
            })}
          </svg>
          <figcaption>
            {t('dist.summary', { mean: fmtSeconds(preview.mean), sd: fmtSeconds(preview.sd), p95: fmtSeconds(preview.p95) })}
          </figcaption>
        </>
      ) : (
        <div className="dist-preview-empty" style={{ width: W, height: H }}>
          {t('dist.noPreview')}
        </div>
      )}
    </figure>
  );
}

export function DistEditor({ label, path, dist, onChange }: { label: string; path: string; dist: Distribution; onChange: (d: Distribution, field: string) => void }) {
  const { t } = useTranslation();
  const set = <K extends string>(key: K, value: number) => onChange({ ...dist, [key]: value } as Distribution, jsonPath(path, key));
  const p = (key: string) => jsonPath(path, key);
  const s = t('units.s');
  let params;
  switch (dist.dist) {
    case 'constant':
      params = <NumberField label={t('dist.value')} path={p('value')} value={dist.value} unit={s} onChange={(v) => set('value', v)} />;
      break;
    case 'exponential':
      params = <NumberField label={t('dist.mean')} path={p('mean')} value={dist.mean} unit={s} onChange={(v) => set('mean', v)} />;
      break;
    case 'uniform':
      params = (
        <>
          <NumberField label={t('dist.min')} path={p('min')} value={dist.min} unit={s} onChange={(v) => set('min', v)} />
          <NumberField label={t('dist.max')} path={p('max')} value={dist.max} unit={s} onChange={(v) => set('max', v)} />
        </>
      );
      break;
    case 'triangular':
      params = (
        <>
          <NumberField label={t('dist.min')} path={p('min')} value={dist.min} unit={s} onChange={(v) => set('min', v)} />
          <NumberField label={t('dist.mode')} path={p('mode')} value={dist.mode} unit={s} onChange={(v) => set('mode', v)} />
          <NumberField label={t('dist.max')} path={p('max')} value={dist.max} unit={s} onChange={(v) => set('max', v)} />
        </>
      );
      break;
    case 'normal':
      params = (
        <>
          <NumberField label={t('dist.mean')} path={p('mean')} value={dist.mean} unit={s} onChange={(v) => set('mean', v)} />
          <NumberField label={t('dist.sd')} path={p('sd')} value={dist.sd} unit={s} onChange={(v) => set('sd', v)} />
        </>
      );
      break;
    case 'lognormal':
    case 'gamma':
      params = (
        <>
          <NumberField label={t('dist.mean')} path={p('mean')} value={dist.mean} unit={s} onChange={(v) => set('mean', v)} />
          <NumberField label={t('dist.cv')} path={p('cv')} value={dist.cv} onChange={(v) => set('cv', v)} />
        </>
      );
      break;
    case 'erlang':
      params = (
        <>
          <NumberField label={t('dist.mean')} path={p('mean')} value={dist.mean} unit={s} onChange={(v) => set('mean', v)} />
          <NumberField label={t('dist.k')} path={p('k')} value={dist.k} onChange={(v) => set('k', v)} />
        </>
      );
      break;
    case 'empirical':
      params = (
        <TextField
          label={t('dist.values')}
          path={p('values')}
          wide
          value={dist.values.join(', ')}
          onChange={(text) => onChange({ dist: 'empirical', values: text.split(/[,\s]+/).filter(Boolean).map(Number) }, p('values'))}
        />
      );
      break;
  }
  return (
    <fieldset className="dist-editor">
      <legend>{label}</legend>
      <div className="dist-editor-body">
        <div className="field-grid">
          <SelectField<Kind>
            label={t('dist.kind')}
            path={jsonPath(path, 'dist')}
            value={dist.dist}
            options={DIST_KINDS.map((k) => ({ value: k, label: t(`dist.kinds.${k}`) }))}
            onChange={(k) => onChange(defaultDist(k, distMean(dist)), jsonPath(path, 'dist'))}
          />
          {params}
        </div>
        <Preview dist={dist} path={path} />
      </div>
    </fieldset>
  );
}
