/**
 * A schedule table (header and rows of text, from CSV, XLSX or a paste) read into flights or
 * vehicles: id, direction, time, passengers, aircraft body, stand, origin/destination, class
 * mix. Every problem is one issue naming the row and the column; a table with any error
 * yields no entries at all, so nothing is half-imported.
 */
import {
  bodyOfAircraft,
  directionOf,
  MAX_PASSENGERS,
  SCHEDULE_DEFAULTS,
  standOf,
  type Body,
  type StandType,
} from './schedule-defaults.js';
import { columnLetter, columnOf, normalizeHeader, type ColumnKey } from './schedule-columns.js';
import { parseRowDate, parseRowTime, type RowTime } from './schedule-time.js';
import { MAX_ERRORS, moreMessage } from '../scenario/validate.js';
import type { IssueParams, ScheduleIssueCode, ScheduleNote, ScheduleNoteCode } from './issue-codes.js';

export interface ScheduleTable {
  header: string[];
  rows: string[][];
  /** Spreadsheet row number of the header (1 when it is the first line). */
  headerRow?: number;
}

export interface ScheduleIssue {
  /** Spreadsheet row number (the header is row 1 unless said otherwise), or null for the whole table. */
  row: number | null;
  /** The column as written in the file with its letter, e.g. `"STA" (B)`, or null. */
  column: string | null;
  /** What is wrong, for words in each language (present/words/schedule-words.ts). */
  code: ScheduleIssueCode;
  params: IssueParams;
  /** The same in English. */
  message: string;
}

export interface ScheduleEntry {
  row: number;
  id: string;
  kind: 'flight' | 'vehicle';
  direction: 'arrival' | 'departure';
  time: RowTime;
  passengers: number;
  body: Body | null;
  stand: StandType | null;
  place: string | null;
  /** Class shares by class id, when the table has class columns. */
  classes: Record<string, number> | null;
}

export interface ParsedSchedule {
  entries: ScheduleEntry[];
  errors: ScheduleIssue[];
  /** Headers no known name matches (reported, not fatal). */
  unknownColumns: string[];
  /** What was assumed, once per kind (a default load factor, an unknown aircraft type). */
  notes: string[];
  /** The same assumptions with their codes, for words in each language. */
  assumed: ScheduleNote[];
  kind: 'flight' | 'vehicle';
}

export interface ParseOptions {
  /** Class ids of the lane, and other names for them (labels, translations): class-mix columns. */
  classNames?: ReadonlyMap<string, string>;
  /** Most rows read (the format's group limit). */
  maxRows?: number;
}


function isBlank(row: readonly string[]): boolean {
  return row.every((c) => c.trim() === '');
}

function readNumber(text: string): number | null {
  const t = text.trim().replace(/,/g, '');
  if (!/^[-+]?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/** A share as 0.82, 82 or "82%"; null when not a share. */
function readShare(text: string): number | null {
  const t = text.trim();
  const pct = /^(\d+(?:\.\d+)?)\s*%$/.exec(t);
  if (pct) return Number(pct[1]) / 100;
  const n = readNumber(t);
  if (n === null || n < 0) return null;
  return n > 1 ? n / 100 : n;
}

/** Reads a schedule table. Errors and notes are plain sentences; the caller adds the file name. */
export function parseSchedule(table: ScheduleTable, options: ParseOptions = {}): ParsedSchedule {
  const headerRow = table.headerRow ?? 1;
  const errors: ScheduleIssue[] = [];
  const notes = new Map<string, ScheduleNote>();
  const note = (code: ScheduleNoteCode, params: IssueParams, message: string) => {
    if (!notes.has(message)) notes.set(message, { code, params, message });
  };
  const unknownColumns: string[] = [];
  const col = new Map<ColumnKey, number>();
  const classCols = new Map<number, string>();
  const name = (i: number) => `"${table.header[i]}" (${columnLetter(i)})`;
  let dropped = 0;
  const fail = (row: number | null, i: number | null, code: ScheduleIssueCode, params: IssueParams, message: string) => {
    if (errors.length < MAX_ERRORS) errors.push({ row, column: i === null ? null : name(i), code, params, message });
    else dropped++;
  };

  table.header.forEach((h, i) => {
    if (h.trim() === '') return;
    const key = columnOf(h);
    const norm = normalizeHeader(h).replace(/^(class|share|类别|比例)/, '');
    const classId = options.classNames?.get(norm) ?? options.classNames?.get(normalizeHeader(h));
    if (key !== null && !col.has(key)) col.set(key, i);
    else if (key !== null) fail(headerRow, i, 'secondColumn', { key, first: name(col.get(key)!) }, `a second ${key} column (the first is ${name(col.get(key)!)})`);
    else if (classId !== undefined) classCols.set(i, classId);
    else unknownColumns.push(h);
  });

  const kind: 'flight' | 'vehicle' = col.has('vehicle') && !col.has('flight') ? 'vehicle' : 'flight';
  const idCol = col.get(kind);
  if (idCol === undefined)
    fail(
      headerRow,
      null,
      'noIdColumn',
      {},
      'no flight or vehicle id column: expected a header such as "Flight", "航班号", "Vehicle" or "车次"',
    );
  const timeCols = (['sta', 'std', 'time'] as const).filter((k) => col.has(k));
  if (timeCols.length === 0)
    fail(
      headerRow,
      null,
      'noTimeColumn',
      {},
      'no time column: expected a header such as "STA", "STD", "Time", "计划到达" or "计划起飞"',
    );
  if (!col.has('passengers') && !col.has('seats'))
    fail(
      headerRow,
      null,
      'noPassengerColumn',
      {},
      'no passenger column: expected "Passengers"/"旅客人数", or "Seats"/"座位数" with a load factor',
    );
  if (errors.length > 0) return { entries: [], errors, unknownColumns, notes: [], assumed: [], kind };

  const maxRows = options.maxRows ?? 10_000;
  const entries: ScheduleEntry[] = [];
  const seen = new Map<string, number>();
  const cell = (r: readonly string[], key: ColumnKey) => {
    const i = col.get(key);
    return i === undefined ? '' : (r[i] ?? '').trim();
  };
  let dataRows = 0;
  table.rows.forEach((r, k) => {
    const row = headerRow + 1 + k;
    if (isBlank(r)) return;
    if (++dataRows > maxRows) {
      if (dataRows === maxRows + 1)
        fail(row, null, 'tooManyRows', { max: maxRows }, `more than ${maxRows.toLocaleString('en')} rows: split the schedule`);
      return;
    }
    const before = errors.length + dropped;
    const id = cell(r, kind);
    if (id === '') fail(row, idCol!, 'emptyId', { kind }, `empty ${kind} id`);
    else if (!/^[A-Za-z0-9_.-]{1,64}$/.test(id))
      fail(
        row,
        idCol!,
        'badId',
        { got: id },
        `expected an id of letters, digits, "_", "." or "-" (at most 64), got ${JSON.stringify(id)}`,
      );

    // Direction: a direction column, else which time column the row fills (STA arrival, STD departure).
    let direction: 'arrival' | 'departure' = 'arrival';
    const dirText = cell(r, 'direction');
    if (col.has('direction') && dirText !== '') {
      const d = directionOf(dirText);
      if (d === null)
        fail(
          row,
          col.get('direction')!,
          'badDirection',
          { got: dirText },
          `expected arrival/departure (A/D, 进港/出港), got ${JSON.stringify(dirText)}`,
        );
      else direction = d;
    } else if (cell(r, 'std') !== '' && cell(r, 'sta') === '') direction = 'departure';
    const timeKey =
      direction === 'arrival'
        ? cell(r, 'sta') !== ''
          ? 'sta'
          : 'time'
        : cell(r, 'std') !== ''
          ? 'std'
          : 'time';
    const timeText = cell(r, timeKey);
    let time: RowTime | null = null;
    if (!col.has(timeKey))
      fail(
        row,
        null,
        'noTimeColumnForRow',
        { direction },
        `no ${direction === 'arrival' ? 'arrival time (STA)' : 'departure time (STD)'} column for this ${direction}`,
      );
    else {
      const t = parseRowTime(timeText);
      if (typeof t === 'string') fail(row, col.get(timeKey)!, 'badTime', { got: timeText }, t);
      else time = t;
    }
    const dateText = cell(r, 'date');
    if (time && col.has('date') && dateText !== '') {
      const day = parseRowDate(dateText);
      if (day === null)
        fail(row, col.get('date')!, 'badDate', { got: dateText }, `expected a date such as 2025-08-15, got ${JSON.stringify(dateText)}`);
      else if (time.day === null) time = { day, secondsOfDay: time.secondsOfDay };
    }

    // Passengers: the count, or seats × load factor.
    const limit = MAX_PASSENGERS[kind];
    let passengers: number | null = null;
    const paxText = cell(r, 'passengers');
    if (paxText !== '') {
      const n = readNumber(paxText);
      if (n === null || !Number.isInteger(n) || n < 0 || n > limit)
        fail(
          row,
          col.get('passengers')!,
          'badPassengers',
          { max: limit, got: paxText },
          `expected a whole number of passengers from 0 to ${limit}, got ${JSON.stringify(paxText)}`,
        );
      else passengers = n;
    } else {
      const seatsText = cell(r, 'seats');
      const seats = readNumber(seatsText);
      if (!col.has('seats') || seatsText === '')
        fail(row, col.get('passengers') ?? null, 'noPassengers', {}, 'no passenger count (and no seats)');
      else if (seats === null || !Number.isInteger(seats) || seats < 0 || seats > limit)
        fail(
          row,
          col.get('seats')!,
          'badSeats',
          { max: limit, got: seatsText },
          `expected a whole number of seats from 0 to ${limit}, got ${JSON.stringify(seatsText)}`,
        );
      else {
        const lfText = cell(r, 'loadFactor');
        let lf: number = SCHEDULE_DEFAULTS.loadFactor.value;
        if (lfText !== '') {
          const v = readShare(lfText);
          if (v === null || v > 1)
            fail(
              row,
              col.get('loadFactor')!,
              'badLoadFactor',
              { got: lfText },
              `expected a load factor from 0 to 1 or 0 % to 100 %, got ${JSON.stringify(lfText)}`,
            );
          else lf = v;
        } else
          note(
            'defaultLoadFactor',
            { share: SCHEDULE_DEFAULTS.loadFactor.value, source: SCHEDULE_DEFAULTS.loadFactor.source },
            `rows without a load factor use ${SCHEDULE_DEFAULTS.loadFactor.value * 100} % (${SCHEDULE_DEFAULTS.loadFactor.source})`,
          );
        passengers = Math.round(seats * lf);
      }
    }

    let body: Body | null = null;
    const typeText = cell(r, 'aircraft');
    if (kind === 'flight') {
      const b = bodyOfAircraft(typeText);
      body = b.body;
      if (!b.known)
        note(
          typeText === '' ? 'noAircraftType' : 'unknownAircraftType',
          { type: typeText },
          typeText === ''
            ? 'rows without an aircraft type deplane as a narrow-body'
            : `aircraft type ${JSON.stringify(typeText)} is not known: deplanes as a narrow-body`,
        );
    }
    let stand: StandType | null = null;
    const standText = cell(r, 'stand');
    if (standText !== '') {
      stand = standOf(standText);
      if (stand === null)
        fail(
          row,
          col.get('stand')!,
          'badStand',
          { got: standText },
          `expected a stand type: contact/remote (近机位/远机位), got ${JSON.stringify(standText)}`,
        );
    }

    let classes: Record<string, number> | null = null;
    if (classCols.size > 0) {
      classes = Object.create(null) as Record<string, number>;
      let sum = 0;
      let any = false;
      for (const [i, classId] of classCols) {
        const text = (r[i] ?? '').trim();
        if (text === '') continue;
        const v = readShare(text);
        if (v === null || v > 1) {
          fail(row, i, 'badShare', { got: text }, `expected a share from 0 to 1 or 0 % to 100 %, got ${JSON.stringify(text)}`);
          continue;
        }
        classes[classId] = v;
        sum += v;
        any = true;
      }
      if (!any) classes = null;
      else if (Math.abs(sum - 1) > 0.011)
        fail(row, null, 'sharesSum', { sum: Math.round(sum * 1000) / 10 }, `class shares add up to ${Math.round(sum * 1000) / 10} %, expected 100 %`);
      else for (const k of Object.keys(classes)) classes[k] = classes[k] / sum;
    }

    const key = `${direction}\u0000${id}\u0000${time?.day ?? ''}`;
    const first = seen.get(key);
    if (id !== '' && first !== undefined)
      fail(
        row,
        idCol!,
        'duplicate',
        { kind, id, direction, sameDay: time?.day != null, first: first },
        `duplicate ${kind} ${id} (${direction}${time?.day != null ? ' on the same day' : ''}; first on row ${first})`,
      );
    else if (id !== '') seen.set(key, row);

    if (errors.length + dropped === before && time && passengers !== null) {
      const placeText = cell(r, 'place');
      entries.push({
        row,
        id,
        kind,
        direction,
        time,
        passengers,
        body,
        stand,
        place: placeText === '' ? null : placeText,
        classes,
      });
    }
  });
  if (dataRows === 0) fail(null, null, 'noRows', {}, 'the table has a header but no rows');
  if (dropped > 0)
    errors.push({
      row: null,
      column: null,
      code: 'moreProblems',
      params: { n: dropped },
      // The shared cap and sentence of every validator (scenario, replay, schedule): "… and 4,812 more".
      message: moreMessage(dropped),
    });
  return { entries: errors.length > 0 ? [] : entries, errors, unknownColumns, notes: [...notes.keys()], assumed: [...notes.values()], kind };
}
