/**
 * Schedule import in the arrivals editor: a flight or bus table from a file (CSV in UTF-8
 * with or without BOM or GB18030, XLSX) or pasted from a spreadsheet, read by the same code
 * as `lanesim schedule` (sim/schedule), previewed — the flights or vehicles it will create,
 * unused columns, assumptions, every problem with its row and column in the UI's language —
 * and applied as one undoable edit, or cancelled. Nothing changes while there is a problem.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Distribution } from '../../sim/index.js';
import { csvTable, howRead, scheduleTableFromBytes, type ScheduleDirection, type ScheduleTable, type WorkbookLike } from '../../sim/schedule/index.js';
import { fmtInt } from '../../present/format.js';
import { scheduleFileProblemText, scheduleIssueText, scheduleIssueWhere, scheduleNoteText } from '../../present/words/schedule-words.js';
import { useDoc, useWorkbench } from '../state/context.js';
import { useUiLanguage } from '../state/use-display-names.js';
import { schedulePreview } from './schedule-preview.js';

/** exceljs (its browser build), loaded only when a workbook is picked. */
async function openWorkbook(bytes: Uint8Array): Promise<WorkbookLike> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

type Source = { kind: 'table'; name: string; how: string | null; table: ScheduleTable } | { kind: 'problem'; name: string; text: string } | null;

function walkText(d: Distribution | null, s: string): string {
  if (!d) return '—';
  if (d.dist === 'uniform') return `${fmtInt(d.min)}–${fmtInt(d.max)} ${s}`;
  if ('mean' in d && typeof d.mean === 'number') return `${fmtInt(d.mean)} ${s}`;
  return d.dist;
}

function ImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const wb = useWorkbench();
  const doc = useDoc();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const fileId = useId();
  const pasteId = useId();
  const [source, setSource] = useState<Source>(null);
  const [reading, setReading] = useState(false);
  const [paste, setPaste] = useState('');
  const [direction, setDirection] = useState<ScheduleDirection | null>(null);

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);

  const scenario = doc?.scenario ?? null;
  const preview = useMemo(() => (source?.kind === 'table' && scenario ? schedulePreview(source.table, scenario, source.name, direction) : null), [source, scenario, direction]);

  const readFile = async (file: File) => {
    setReading(true);
    setPaste('');
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const r = await scheduleTableFromBytes(bytes, file.name, openWorkbook);
      setSource(r.ok ? { kind: 'table', name: file.name, how: howRead(r), table: r.table } : { kind: 'problem', name: file.name, text: scheduleFileProblemText(r, lang) });
    } catch (e) {
      setSource({ kind: 'problem', name: file.name, text: e instanceof Error ? e.message : String(e) });
    } finally {
      setReading(false);
    }
  };

  const readPaste = (text: string) => {
    setPaste(text);
    const table = text.trim() === '' ? null : csvTable(text);
    setSource(table ? { kind: 'table', name: t('import.pasted'), how: null, table } : null);
  };

  const apply = () => {
    const change = preview?.change;
    if (!change || !source || source.kind !== 'table') return;
    wb.edit((d) => {
      if (change.startTime === undefined) delete d.startTime;
      else d.startTime = change.startTime;
      d.horizon = structuredClone(change.horizon);
      d.arrivals = structuredClone(change.arrivals);
      // Names of the flights the schedule replaces.
      for (const tr of Object.values(d.translations ?? {})) delete tr.flights;
    });
    wb.notify('info', t('import.applied', { count: preview.rows.length, n: fmtInt(preview.rows.length), passengers: fmtInt(preview.passengers), file: source.name }));
    ref.current?.close();
  };

  const flights = preview?.parsed.kind !== 'vehicle';
  const departing = preview?.direction === 'departure';
  // Departing flights bring passengers by the show-up profile: no deplaning, stand or walk.
  const arriving = !departing;
  const problems = preview ? preview.errors.length + preview.invalid.length : 0;

  return (
    <dialog ref={ref} className="import-dialog" aria-labelledby={titleId} data-testid="import-dialog" onClose={onClose}>
      <h2 id={titleId}>{t('import.title')}</h2>
      <p className="hint">{t('import.intro')}</p>
      <div className="import-inputs">
        <div className="field">
          <span className="field-label" id={`${fileId}-label`}>
            {t('import.file')}
          </span>
          <div className="import-file">
            {/* The browser's own button speaks the browser's language: ours speaks the UI's. */}
            <input
              id={fileId}
              type="file"
              className="visually-hidden import-file-input"
              aria-labelledby={`${fileId}-label`}
              data-testid="import-file"
              accept=".csv,.tsv,.txt,.xlsx,.xlsm,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => {
                const f = e.target.files?.[0];
                if (f) void readFile(f);
              }}
            />
            <label htmlFor={fileId} className="btn">
              {t('import.choose')}
            </label>
            <span className="import-file-name muted">{source && source.kind !== 'table' ? source.name : source?.how ? source.name : t('import.noFile')}</span>
          </div>
        </div>
        <div className="field">
          <label htmlFor={pasteId}>{t('import.paste')}</label>
          <textarea id={pasteId} className="input import-paste" rows={4} spellCheck={false} data-testid="import-paste" value={paste} onChange={(e) => readPaste(e.target.value)} />
        </div>
      </div>
      <div className="import-preview" aria-live="polite">
        {reading ? <p className="hint">{t('import.reading')}</p> : null}
        {source?.kind === 'problem' ? (
          <p className="import-error" role="alert" data-testid="import-file-problem">
            {source.name}
            {lang === 'en' ? ': ' : '：'}
            {source.text}
          </p>
        ) : null}
        {source?.kind === 'table' && preview ? (
          <>
            <h3>{t('import.preview')}</h3>
            <p className="hint" data-testid="import-source">
              {source.how ? t('import.readAs', { file: source.name, how: source.how }) : source.name}
            </p>
            {preview.directions.length > 1 ? (
              <div className="field import-direction">
                <label htmlFor={`${fileId}-dir`}>{t('import.direction')}</label>
                <select id={`${fileId}-dir`} className="input" data-testid="import-direction" value={preview.direction ?? ''} onChange={(e) => setDirection(e.target.value as ScheduleDirection)}>
                  {preview.directions.map((d) => (
                    <option key={d} value={d}>
                      {t(d === 'arrival' ? 'import.arrivals' : 'import.departures')}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            {problems > 0 ? (
              <div className="import-errors" role="alert">
                <p className="import-error">{problems === 1 ? t('import.errorsOne') : t('import.errors', { n: problems })}</p>
                <ul data-testid="import-errors">
                  {preview.errors.map((e, k) => {
                    const where = scheduleIssueWhere(e, lang);
                    return (
                      <li key={k} data-row={e.row ?? undefined}>
                        {where ? <span className="import-where">{where}</span> : null}
                        {where ? (lang === 'en' ? ': ' : '：') : null}
                        {scheduleIssueText(e, lang)}
                      </li>
                    );
                  })}
                  {preview.invalid.map((e, k) => (
                    <li key={`v${k}`}>
                      <span className="import-where">{e.path}</span>: {e.message}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {preview.parsed.unknownColumns.length > 0 ? (
              <p className="hint" data-testid="import-unknown">
                {t('import.unknownColumns', { columns: preview.parsed.unknownColumns.map((c) => `“${c}”`).join(lang === 'en' ? ', ' : '、') })}
              </p>
            ) : null}
            {preview.parsed.assumed.length > 0 ? (
              <ul className="hint import-assumed" aria-label={t('import.assumed')} data-testid="import-assumed">
                {preview.parsed.assumed.map((n) => (
                  <li key={n.message}>
                    {t('import.assumed')}
                    {lang === 'en' ? ': ' : '：'}
                    {scheduleNoteText(n, lang)}
                  </li>
                ))}
              </ul>
            ) : null}
            {preview.change ? (
              <>
                <p data-testid="import-summary">
                  {t(departing ? 'import.summaryDepartures' : flights ? 'import.summaryFlights' : 'import.summaryVehicles', { count: preview.rows.length, n: fmtInt(preview.rows.length), passengers: fmtInt(preview.passengers), start: preview.change.startTime ?? '00:00' })}
                </p>
                <p className="hint">{t('import.replaces', { streams: scenario?.arrivals.length ?? 0 })}</p>
                {departing ? <p className="hint">{t('import.departuresHint')}</p> : null}
                <div className="table-scroll import-table" tabIndex={0} role="region" aria-label={t('import.preview')}>
                  <table className="table table-data table-compact" data-testid="import-table">
                    <thead>
                      <tr>
                        <th scope="col">{t('import.col.id')}</th>
                        <th scope="col" className="num">{t(departing ? 'import.col.std' : 'import.col.at')}</th>
                        <th scope="col" className="num">{t('import.col.passengers')}</th>
                        {flights && arriving ? <th scope="col">{t('import.col.body')}</th> : null}
                        {flights && arriving ? <th scope="col">{t('import.col.stand')}</th> : null}
                        {arriving ? <th scope="col" className="num">{`${t(flights ? 'import.col.rateFlight' : 'import.col.rateVehicle')} (${t('units.paxPerMinute')})`}</th> : null}
                        {arriving ? <th scope="col" className="num">{t('import.col.walk')}</th> : null}
                      </tr>
                    </thead>
                    <tbody>
                      {preview.rows.map((g) => (
                        <tr key={g.id} data-testid={`import-row-${g.id}`}>
                          <td>{g.id}</td>
                          <td className="num">{g.at}</td>
                          <td className="num">{fmtInt(g.passengers)}</td>
                          {flights && arriving ? <td>{g.body ? t(`import.body.${g.body}`) : '—'}</td> : null}
                          {flights && arriving ? <td>{g.stand ? t(`import.stand.${g.stand}`) : '—'}</td> : null}
                          {arriving ? <td className="num">{g.rate === null ? '—' : fmtInt(g.rate)}</td> : null}
                          {arriving ? <td className="num">{walkText(g.walk, t('units.s'))}</td> : null}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            ) : null}
          </>
        ) : null}
      </div>
      <div className="inline-actions import-actions">
        <button type="button" className="btn" data-testid="import-cancel" onClick={() => ref.current?.close()}>
          {t('import.cancel')}
        </button>
        <button type="button" className="btn btn-primary" data-testid="import-apply" disabled={!preview?.change} onClick={apply}>
          {t('import.apply')}
        </button>
      </div>
    </dialog>
  );
}

/** The editor's "Import schedule…" button and its dialog. */
export function ScheduleImport() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn" data-testid="import-schedule" onClick={() => setOpen(true)}>
        {t('import.open')}
      </button>
      {open ? <ImportDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
