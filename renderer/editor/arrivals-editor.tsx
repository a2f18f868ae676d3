/**
 * The arrival streams: steady or scheduled rates (Poisson), a flight table and a vehicle
 * table. Rows are added and removed in place; every cell is validated by its JSON path.
 * A flight or bus schedule (file or paste) replaces the streams in one edit (schedule-import.tsx).
 */
import { useTranslation } from 'react-i18next';
import type { Draft } from 'immer';
import type { Arrival, Scenario } from '../../sim/index.js';
import { useDoc, useWorkbench } from '../state/context.js';
import { jsonPath } from '../state/validation.js';
import { DistEditor } from './dist-editor.js';
import { GroupMessages, IconButton, NumberField, TextField, withUnit } from './fields.js';
import { StepTable } from './step-table.js';
import { TimeField } from './time-field.js';
import { ScheduleImport } from './schedule-import.js';
import { setTime, timeAfter } from '../state/time-edits.js';

type Edit = (fn: (a: Draft<Arrival>, d: Draft<Scenario>) => void, key: string | null) => void;

function PoissonEditor({ a, i, edit, startTime }: { a: Extract<Arrival, { kind: 'poisson' }>; i: number; edit: Edit; startTime: string | undefined }) {
  const { t } = useTranslation();
  const p = (...x: Array<string | number>) => jsonPath('arrivals', i, ...x);
  const perHour = t('units.perHour');
  return (
    <>
      <label className="check-row">
        <input
          type="checkbox"
          checked={a.schedule !== undefined}
          onChange={(e) =>
            edit((d) => {
              if (d.kind !== 'poisson') return;
              if (e.target.checked) {
                d.schedule = [{ fromSeconds: 0, ratePerHour: d.ratePerHour ?? 300 }];
                delete d.ratePerHour;
              } else {
                d.ratePerHour = d.schedule?.[0]?.ratePerHour ?? 300;
                delete d.schedule;
              }
            }, null)
          }
        />
        {t('arrivals.bySchedule')}
      </label>
      {a.schedule ? (
        <StepTable
          steps={a.schedule}
          valueKey="ratePerHour"
          fromLabel={t('arrivals.fromSeconds')}
          valueLabel={t('arrivals.rate')}
          valueUnit={perHour}
          addLabel={t('arrivals.addStep')}
          startTime={startTime}
          path={(k, f) => p('schedule', k, f)}
          onEdit={(k, f, v) => edit((d) => void (d.kind === 'poisson' && d.schedule && (d.schedule[k][f] = v)), p('schedule', k, f))}
          onEditFrom={(k, v) => edit((d) => void (d.kind === 'poisson' && d.schedule && setTime(d.schedule[k], 'from', 'fromSeconds', v)), p('schedule', k, 'fromSeconds'))}
          onRemove={(k) => edit((d) => void (d.kind === 'poisson' && d.schedule?.splice(k, 1)), null)}
          onAdd={() =>
            edit((d) => {
              if (d.kind !== 'poisson' || !d.schedule) return;
              const last = d.schedule[d.schedule.length - 1];
              const step = { ratePerHour: last.ratePerHour } as (typeof d.schedule)[number];
              setTime(step, 'from', 'fromSeconds', timeAfter(last.from, last.fromSeconds, startTime, 3600));
              d.schedule.push(step);
            }, null)
          }
        />
      ) : (
        <div className="field-grid">
          <NumberField label={t('arrivals.rate')} path={p('ratePerHour')} value={a.ratePerHour} unit={perHour} onChange={(v) => edit((d) => void (d.kind === 'poisson' && (d.ratePerHour = v)), p('ratePerHour'))} />
        </div>
      )}
    </>
  );
}

function GroupTable({ a, i, edit, startTime }: { a: Extract<Arrival, { kind: 'flights' | 'vehicles' }>; i: number; edit: Edit; startTime: string | undefined }) {
  const { t } = useTranslation();
  const flights = a.kind === 'flights';
  const key = flights ? 'flights' : 'vehicles';
  const rateKey = flights ? 'deplanePerMinute' : 'alightPerMinute';
  const rows = flights ? a.flights : a.vehicles;
  const p = (...x: Array<string | number>) => jsonPath('arrivals', i, key, ...x);
  type Row = { id: string; atSeconds?: number; at?: string; passengers: number; deplanePerMinute?: number; alightPerMinute?: number };
  const rowsOf = (d: Draft<Arrival>): Row[] => (d.kind === 'flights' ? d.flights : d.kind === 'vehicles' ? d.vehicles : []) as Row[];
  return (
    <>
      <table className="table table-edit" data-testid={`${key}-table`}>
        <thead>
          <tr>
            <th>{t('arrivals.id')}</th>
            <th>{startTime ? t('arrivals.at') : withUnit(t, t('arrivals.at'), t('units.s'))}</th>
            <th>{t('arrivals.passengers')}</th>
            <th>{withUnit(t, flights ? t('arrivals.deplane') : t('arrivals.alight'), t('units.paxPerMinute'))}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((r, k) => (
            <tr key={k}>
              <td>
                <TextField label={t('arrivals.id')} path={p(k, 'id')} value={r.id} onChange={(v) => edit((d) => void (rowsOf(d)[k].id = v), p(k, 'id'))} />
              </td>
              <td>
                <TimeField
                  label={t('arrivals.at')}
                  clockPath={p(k, 'at')}
                  secondsPath={p(k, 'atSeconds')}
                  clock={r.at}
                  seconds={r.atSeconds}
                  startTime={startTime}
                  unit={startTime ? undefined : t('units.s')}
                  onChange={(v) => edit((d) => void setTime(rowsOf(d)[k], 'at', 'atSeconds', v), p(k, 'atSeconds'))}
                />
              </td>
              <td>
                <NumberField label={t('arrivals.passengers')} path={p(k, 'passengers')} value={r.passengers} onChange={(v) => edit((d) => void (rowsOf(d)[k].passengers = v), p(k, 'passengers'))} />
              </td>
              <td>
                <NumberField
                  label={flights ? t('arrivals.deplane') : t('arrivals.alight')}
                  path={p(k, rateKey)}
                  value={(r as Row)[rateKey]}
                  unit={t('units.paxPerMinute')}
                  onChange={(v) => edit((d) => void (rowsOf(d)[k][rateKey] = v), p(k, rateKey))}
                />
              </td>
              <td>
                <IconButton label={t('common.remove')} disabled={rows.length <= 1} onClick={() => edit((d) => void rowsOf(d).splice(k, 1), null)}>
                  ×
                </IconButton>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="btn btn-small"
        onClick={() =>
          edit((d) => {
            const list = rowsOf(d);
            const last = list[list.length - 1];
            const copy = structuredClone({ ...last }) as Row;
            copy.id = `${key === 'flights' ? 'FL' : 'BUS'}${list.length + 1}`;
            setTime(copy, 'at', 'atSeconds', timeAfter(last.at, last.atSeconds, startTime, 1800));
            list.push(copy);
          }, null)
        }
      >
        {flights ? t('arrivals.addFlight') : t('arrivals.addVehicle')}
      </button>
      {rows[0] && 'walk' in rows[0] && rows[0].walk ? <p className="hint">{t('arrivals.walkHint')}</p> : null}
    </>
  );
}

export function ArrivalsEditor() {
  const { t } = useTranslation();
  const wb = useWorkbench();
  const doc = useDoc();
  if (!doc) return null;
  const s = doc.scenario;
  return (
    <section className="panel" aria-label={t('arrivals.title')} data-testid="arrivals-editor">
      <div className="panel-body">
        <GroupMessages path="arrivals" />
        {s.arrivals.map((a, i) => {
          const edit: Edit = (fn, key) => wb.edit((d) => fn(d.arrivals[i], d), key);
          return (
            <fieldset key={i} className="stream">
              <legend>
                {t(`arrivals.kinds.${a.kind}`)} {a.id ? `· ${a.id}` : ''}
              </legend>
              {a.kind === 'poisson' ? (
                <PoissonEditor a={a} i={i} edit={edit} startTime={s.startTime} />
              ) : a.kind === 'departures' ? (
                <p className="hint" data-testid="departures-summary">
                  {t('arrivals.departuresHint', { count: a.flights.length, flights: a.flights.length, passengers: a.flights.reduce((n, f) => n + f.passengers, 0) })}
                </p>
              ) : (
                <GroupTable a={a} i={i} edit={edit} startTime={s.startTime} />
              )}
              {(a.kind === 'flights' || a.kind === 'vehicles') && (a.kind === 'flights' ? a.flights[0]?.walk : a.vehicles[0]?.walk) ? (
                <DistEditor
                  label={t('arrivals.walkFirst')}
                  path={jsonPath('arrivals', i, a.kind, 0, 'walk')}
                  dist={(a.kind === 'flights' ? a.flights[0].walk : a.vehicles[0].walk)!}
                  onChange={(dist, key) =>
                    edit((d) => {
                      // One walk for the whole table: planners change it for all groups at once.
                      const list = d.kind === 'flights' ? d.flights : d.kind === 'vehicles' ? d.vehicles : [];
                      for (const g of list) if (g.walk) g.walk = structuredClone(dist);
                    }, key)
                  }
                />
              ) : null}
              <div className="inline-actions">
                <button type="button" className="btn btn-small btn-danger" disabled={s.arrivals.length <= 1} onClick={() => wb.edit((d) => void d.arrivals.splice(i, 1))}>
                  {t('arrivals.removeStream')}
                </button>
              </div>
            </fieldset>
          );
        })}
        <div className="inline-actions">
          <button type="button" className="btn" onClick={() => wb.edit((d) => void d.arrivals.push({ kind: 'poisson', ratePerHour: 300 }))}>
            {t('arrivals.addPoisson')}
          </button>
          <button type="button" className="btn" onClick={() => wb.edit((d) => void d.arrivals.push({ kind: 'flights', flights: [{ id: 'FL1', atSeconds: 600, passengers: 180, deplanePerMinute: 30 }] }))}>
            {t('arrivals.addFlights')}
          </button>
          <button type="button" className="btn" onClick={() => wb.edit((d) => void d.arrivals.push({ kind: 'vehicles', vehicles: [{ id: 'BUS1', atSeconds: 0, passengers: 45, alightPerMinute: 20 }] }))}>
            {t('arrivals.addVehicles')}
          </button>
          <ScheduleImport />
        </div>
      </div>
    </section>
  );
}
