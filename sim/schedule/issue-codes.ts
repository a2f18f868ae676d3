/**
 * What went wrong (or was assumed) in a schedule import, as a code and its figures, so each
 * front end can say it in its own language (present/words/schedule-words.ts); the English
 * sentence travels beside it for logs and old readers.
 */

/** The codes of schedule problems; `params` carry the figures each sentence needs. */
export type ScheduleIssueCode =
  | 'secondColumn'
  | 'noIdColumn'
  | 'noTimeColumn'
  | 'noPassengerColumn'
  | 'tooManyRows'
  | 'emptyId'
  | 'badId'
  | 'badDirection'
  | 'noTimeColumnForRow'
  | 'badTime'
  | 'badDate'
  | 'badPassengers'
  | 'noPassengers'
  | 'badSeats'
  | 'badLoadFactor'
  | 'badStand'
  | 'badShare'
  | 'sharesSum'
  | 'duplicate'
  | 'noRows'
  | 'moreProblems'
  | 'mixedDirections'
  | 'noDirectionRows'
  | 'vehicleDepartures'
  | 'someUndated'
  | 'badStartTime'
  | 'startWithoutDate'
  | 'beforeStart';

/** The codes of assumptions a schedule import made (reported, not fatal). */
export type ScheduleNoteCode = 'defaultLoadFactor' | 'noAircraftType' | 'unknownAircraftType';

/** Figures and words a sentence is built from (ids, counts, the text found). */
export type IssueParams = Readonly<Record<string, string | number | boolean>>;

/** One assumption, once per kind. */
export interface ScheduleNote {
  code: ScheduleNoteCode;
  params: IssueParams;
  /** The assumption in English. */
  message: string;
}
