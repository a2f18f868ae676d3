/**
 * The side panel for one station: what it checks, how it serves (queue, in-motion delay or
 * baggage reclaim), how many servers over time, its service time, where passengers go next
 * and what alarms send them aside. Every field is one immer edit, validated by the core.
 */
import { useTranslation } from 'react-i18next';
import type { Draft } from 'immer';
import type { Distribution, Scenario, Station } from '../../sim/index.js';
import { useDoc, useWorkbench } from '../state/context.js';
import { deleteStation, renameStation } from '../state/scenario-edits.js';
import { useDisplayNames, useUiLanguage } from '../state/use-display-names.js';
import { jsonPath } from '../state/validation.js';
import { DistEditor } from './dist-editor.js';
import { GroupMessages, IconButton, NumberField, SelectField, TextField } from './fields.js';
import { StepTable } from './step-table.js';
import { setTime, timeAfter } from '../state/time-edits.js';
import { editableName, editsTranslation, setEditableName } from '../state/name-edits.js';

type Mode = Station['mode'];
type NextKind = 'single' | 'probability' | 'class';

function nextKind(next: Station['next']): NextKind {
  if (typeof next === 'string') return 'single';
  return next.every((b) => b.probability !== undefined) ? 'probability' : 'class';
}

export function StationPanel({ stationId }: { stationId: string }) {
  const { t } = useTranslation();
  const wb = useWorkbench();
  const doc = useDoc();
  const names = useDisplayNames();
  const lang = useUiLanguage();
  if (!doc) return null;
  const i = doc.scenario.stations.findIndex((s) => s.id === stationId);
  if (i < 0) return null;
  const st = doc.scenario.stations[i];
  const base = `stations[${i}]`;
  const p = (...parts: Array<string | number>) => jsonPath('stations', i, ...parts);
  const edit = (fn: (s: Draft<Station>, d: Draft<Scenario>) => void, key: string | null) => wb.edit((d) => fn(d.stations[i], d), key);
  const targets = [...doc.scenario.stations.filter((s) => s.id !== st.id).map((s) => ({ value: s.id, label: names.station(s.id) === s.id ? s.id : `${names.station(s.id)} (${s.id})` })), { value: 'exit', label: t('station.exit') }];
  const classes = doc.scenario.classes.map((c) => c.id);
  /** Class names as planners read them ("Foreign nationals", "外国旅客"), not ids. */
  const className = (id: string) => names.passengerClass(id);
  const kind = nextKind(st.next);
  const servers = st.servers;

  return (
    <section className="panel station-panel" aria-label={t('station.title')} data-testid="station-panel">
      <header className="panel-header">
        <h2 data-testid="station-panel-title">{names.station(st.id)}</h2>
        <button
          type="button"
          className="btn btn-danger btn-small"
          disabled={doc.scenario.stations.length <= 1}
          onClick={() => {
            wb.edit((d) => deleteStation(d, st.id));
            wb.setView({ selectedStation: null });
          }}
        >
          {t('station.delete')}
        </button>
      </header>
      <div className="panel-body">
        <div className="field-grid">
          <TextField
            label={t('station.id')}
            path={p('id')}
            value={st.id}
            onChange={(v) => {
              wb.edit((d) => renameStation(d, st.id, v), p('id'));
              wb.setView({ selectedStation: v });
            }}
          />
          <TextField
            label={t('station.label')}
            path={editsTranslation(lang) ? jsonPath('translations', lang, 'stations', st.id) : p('label')}
            value={editableName(doc.scenario, lang, 'stations', st.id)}
            onChange={(v) => wb.edit((d) => setEditableName(d, lang, 'stations', st.id, v), p('label'))}
          />
          <SelectField<Mode>
            label={t('station.mode')}
            path={p('mode')}
            value={st.mode}
            options={(['queue', 'delay', 'reclaim'] as const).map((m) => ({ value: m, label: t(`station.modes.${m}`) }))}
            onChange={(m) =>
              edit((s) => {
                s.mode = m;
                if (m === 'queue' && s.servers === undefined) s.servers = 1;
                if (m !== 'queue') delete s.servers;
                if (m === 'reclaim' && !s.reclaim) s.reclaim = { firstBagSeconds: 600, bagsPerMinute: 60 };
                if (m !== 'reclaim') delete s.reclaim;
              }, p('mode'))
            }
          />
          <TextField
            label={t('station.checks')}
            path={p('checks')}
            value={(st.checks ?? []).join(', ')}
            onChange={(v) =>
              edit((s) => {
                const list = v.split(',').map((x) => x.trim()).filter(Boolean);
                if (list.length) s.checks = list;
                else delete s.checks;
              }, p('checks'))
            }
          />
        </div>
        {(st.checks?.length ?? 0) > 1 ? <p className="hint">{t('station.mergedHint', { count: st.checks?.length })}</p> : null}

        {st.mode === 'queue' ? (
          <fieldset>
            <legend>{t('station.servers')}</legend>
            {/* A single count shows its message at its field; a schedule's whole-list messages go here (not both: the same text twice). */}
            {Array.isArray(servers) ? <GroupMessages path={p('servers')} /> : null}
            <label className="check-row">
              <input
                type="checkbox"
                checked={Array.isArray(servers)}
                onChange={(e) =>
                  edit((s) => {
                    const cur = s.servers;
                    if (e.target.checked) s.servers = [{ fromSeconds: 0, servers: typeof cur === 'number' ? cur : 1 }];
                    else s.servers = Array.isArray(cur) ? (cur[0]?.servers ?? 1) : 1;
                  }, null)
                }
              />
              {t('station.bySchedule')}
            </label>
            {Array.isArray(servers) ? (
              <StepTable
                steps={servers}
                valueKey="servers"
                fromLabel={t('station.fromSeconds')}
                valueLabel={t('station.serverCount')}
                addLabel={t('station.addStep')}
                startTime={doc.scenario.startTime}
                path={(k, f) => p('servers', k, f)}
                onEdit={(k, f, v) => edit((s) => void ((s.servers as Array<{ fromSeconds: number; servers: number }>)[k][f] = v), p('servers', k, f))}
                onEditFrom={(k, v) => edit((s) => void setTime((s.servers as Array<Record<string, unknown>>)[k], 'from', 'fromSeconds', v), p('servers', k, 'fromSeconds'))}
                onRemove={(k) => edit((s) => void (s.servers as unknown[]).splice(k, 1), null)}
                onAdd={() =>
                  edit((s) => {
                    const list = s.servers as Array<{ fromSeconds: number; from?: string; servers: number }>;
                    const last = list[list.length - 1];
                    const step = { servers: last?.servers ?? 1 } as (typeof list)[number];
                    setTime(step, 'from', 'fromSeconds', timeAfter(last?.from, last?.fromSeconds, doc.scenario.startTime, 3600));
                    list.push(step);
                  }, null)
                }
              />
            ) : (
              <div className="field-grid">
                <NumberField label={t('station.serverCount')} path={p('servers')} value={typeof servers === 'number' ? servers : undefined} onChange={(v) => edit((s) => void (s.servers = v), p('servers'))} />
              </div>
            )}
          </fieldset>
        ) : null}

        {st.mode === 'reclaim' && st.reclaim ? (
          <fieldset>
            <legend>{t('station.reclaim')}</legend>
            <div className="field-grid">
              <NumberField label={t('station.firstBag')} path={p('reclaim', 'firstBagSeconds')} value={st.reclaim.firstBagSeconds} unit={t('units.s')} onChange={(v) => edit((s) => void (s.reclaim && (s.reclaim.firstBagSeconds = v)), p('reclaim', 'firstBagSeconds'))} />
              <NumberField label={t('station.bagsPerMinute')} path={p('reclaim', 'bagsPerMinute')} value={st.reclaim.bagsPerMinute} onChange={(v) => edit((s) => void (s.reclaim && (s.reclaim.bagsPerMinute = v)), p('reclaim', 'bagsPerMinute'))} />
            </div>
          </fieldset>
        ) : null}

        <DistEditor label={t('station.service')} path={p('service')} dist={st.service} onChange={(d, key) => edit((s) => void (s.service = d), key)} />

        {Object.entries(st.serviceByClass ?? {}).map(([cls, d]) => (
          <div key={cls} className="by-class">
            <DistEditor label={t('station.serviceFor', { cls: className(cls) })} path={p('serviceByClass', cls)} dist={d} onChange={(nd, key) => edit((s) => void (s.serviceByClass && (s.serviceByClass[cls] = nd)), key)} />
            <button type="button" className="btn btn-small" onClick={() => edit((s) => {
              if (!s.serviceByClass) return;
              delete s.serviceByClass[cls];
              if (Object.keys(s.serviceByClass).length === 0) delete s.serviceByClass;
            }, null)}>
              {t('station.removeByClass', { cls: className(cls) })}
            </button>
          </div>
        ))}
        {classes.filter((c) => !st.serviceByClass?.[c]).length > 0 ? (
          <div className="inline-actions">
            {classes
              .filter((c) => !st.serviceByClass?.[c])
              .map((c) => (
                <button key={c} type="button" className="btn btn-small" onClick={() => edit((s) => void (s.serviceByClass = { ...(s.serviceByClass ?? {}), [c]: structuredClone(st.service) as Distribution }), null)}>
                  {t('station.addByClass', { cls: className(c) })}
                </button>
              ))}
          </div>
        ) : null}

        <fieldset>
          <legend>{t('station.next')}</legend>
          <GroupMessages path={p('next')} />
          <SelectField<NextKind>
            label={t('station.routing')}
            path={`${base}.__routing`}
            value={kind}
            options={(['single', 'probability', 'class'] as const).map((k) => ({ value: k, label: t(`station.routingKinds.${k}`) }))}
            onChange={(k) =>
              edit((s) => {
                const first = typeof s.next === 'string' ? s.next : (s.next[0]?.to ?? 'exit');
                if (k === 'single') s.next = first;
                else if (k === 'probability') s.next = [{ to: first, probability: 1 }];
                else s.next = [{ to: first, classes: [classes[0]] }, { to: 'exit' }];
              }, p('next'))
            }
          />
          {typeof st.next === 'string' ? (
            <SelectField label={t('station.nextStation')} path={p('next')} value={st.next} options={targets} onChange={(v) => edit((s) => void (s.next = v), p('next'))} />
          ) : (
            <table className="table table-edit" data-testid="branches">
              <thead>
                <tr>
                  <th>{t('station.to')}</th>
                  {kind === 'probability' ? <th>{t('station.probability')}</th> : <th>{t('station.classes')}</th>}
                  {kind === 'class' ? <th>{t('station.share')}</th> : null}
                  <th />
                </tr>
              </thead>
              <tbody>
                {st.next.map((b, k) => (
                  <tr key={k}>
                    <td>
                      <SelectField label={t('station.to')} path={p('next', k, 'to')} value={b.to} options={targets} onChange={(v) => edit((s) => void ((s.next as Array<{ to: string }>)[k].to = v), p('next', k, 'to'))} />
                    </td>
                    {kind === 'probability' ? (
                      <td>
                        <NumberField label={t('station.probability')} path={p('next', k, 'probability')} value={b.probability} onChange={(v) => edit((s) => void ((s.next as Array<{ probability?: number }>)[k].probability = v), p('next', k, 'probability'))} />
                      </td>
                    ) : (
                      <td>
                        <TextField
                          label={t('station.classes')}
                          path={p('next', k, 'classes')}
                          value={(b.classes ?? []).join(', ')}
                          onChange={(v) =>
                            edit((s) => {
                              const br = (s.next as Array<{ classes?: string[] }>)[k];
                              const list = v.split(',').map((x) => x.trim()).filter(Boolean);
                              if (list.length) br.classes = list;
                              else delete br.classes;
                            }, p('next', k, 'classes'))
                          }
                        />
                      </td>
                    )}
                    {kind === 'class' ? (
                      <td>
                        <NumberField label={t('station.share')} path={p('next', k, 'share')} value={b.share ?? 1} onChange={(v) => edit((s) => void ((s.next as Array<{ share?: number }>)[k].share = v), p('next', k, 'share'))} />
                      </td>
                    ) : null}
                    <td>
                      <IconButton label={t('common.remove')} disabled={st.next.length <= 1} onClick={() => edit((s) => void (s.next as unknown[]).splice(k, 1), null)}>
                        ×
                      </IconButton>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {Array.isArray(st.next) ? (
            <button type="button" className="btn btn-small" onClick={() => edit((s) => void (s.next as Array<{ to: string; probability?: number }>).push(kind === 'probability' ? { to: 'exit', probability: 0 } : { to: 'exit' }), null)}>
              {t('station.addBranch')}
            </button>
          ) : null}
        </fieldset>

        <fieldset>
          <legend>{t('station.alarms')}</legend>
          {(st.alarms ?? []).length > 0 ? (
            <table className="table table-edit" data-testid="alarms">
              <thead>
                <tr>
                  <th>{t('station.check')}</th>
                  <th>{t('station.probability')}</th>
                  <th>{t('station.per')}</th>
                  <th>{t('station.to')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {(st.alarms ?? []).map((a, k) => (
                  <tr key={k}>
                    <td>
                      <TextField label={t('station.check')} path={p('alarms', k, 'check')} value={a.check} onChange={(v) => edit((s) => void (s.alarms && (s.alarms[k].check = v)), p('alarms', k, 'check'))} />
                    </td>
                    <td>
                      <NumberField label={t('station.probability')} path={p('alarms', k, 'probability')} value={a.probability} onChange={(v) => edit((s) => void (s.alarms && (s.alarms[k].probability = v)), p('alarms', k, 'probability'))} />
                    </td>
                    <td>
                      <SelectField<'passenger' | 'bag'>
                        label={t('station.per')}
                        path={p('alarms', k, 'per')}
                        value={a.per ?? 'passenger'}
                        options={[
                          { value: 'passenger', label: t('station.perPassenger') },
                          { value: 'bag', label: t('station.perBag') },
                        ]}
                        onChange={(v) => edit((s) => void (s.alarms && (s.alarms[k].per = v)), p('alarms', k, 'per'))}
                      />
                    </td>
                    <td>
                      <SelectField label={t('station.to')} path={p('alarms', k, 'to')} value={a.to} options={targets.filter((x) => x.value !== 'exit')} onChange={(v) => edit((s) => void (s.alarms && (s.alarms[k].to = v)), p('alarms', k, 'to'))} />
                    </td>
                    <td>
                      <IconButton label={t('common.remove')} onClick={() => edit((s) => {
                        s.alarms?.splice(k, 1);
                        if (s.alarms?.length === 0) delete s.alarms;
                      }, null)}>
                        ×
                      </IconButton>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="hint">{t('station.noAlarms')}</p>
          )}
          <button
            type="button"
            className="btn btn-small"
            disabled={targets.length <= 1}
            onClick={() => edit((s) => void (s.alarms = [...(s.alarms ?? []), { check: s.checks?.[0] ?? 'check', probability: 0.01, to: targets[0].value }]), null)}
          >
            {t('station.addAlarm')}
          </button>
        </fieldset>
      </div>
    </section>
  );
}
