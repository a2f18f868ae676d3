/** Schedule import (flight or bus tables from CSV, XLSX or a paste), shared by `lanesim schedule` and the app. */
export { parseSchedule } from './parse-schedule.js';
export type {
  ScheduleTable,
  ScheduleIssue,
  ScheduleEntry,
  ParsedSchedule,
  ParseOptions,
} from './parse-schedule.js';
export { scheduleToScenario, placeholderLane } from './schedule-scenario.js';
export type { ScheduleScenario, ScheduleScenarioOptions, ScheduleDirection } from './schedule-scenario.js';
export { csvTable } from './csv-table.js';
export { cellText } from './cell-text.js';
export { decodeScheduleBytes } from './decode-text.js';
export {
  SCHEDULE_DEFAULTS,
  MAX_PASSENGERS,
  bodyOfAircraft,
  standOf,
  directionOf,
} from './schedule-defaults.js';
export { COLUMN_NAMES, columnOf, normalizeHeader, columnLetter } from './schedule-columns.js';
export { classNamesOf, formatIssue } from './schedule-issues.js';
export type { ScheduleIssueCode, ScheduleNoteCode, ScheduleNote, IssueParams } from './issue-codes.js';
export { scheduleTableFromBytes, worksheetTable, howRead, MAX_SCHEDULE_BYTES } from './schedule-bytes.js';
export type { ScheduleBytes, FileProblemCode, OpenWorkbook, WorkbookLike, SheetLike } from './schedule-bytes.js';
