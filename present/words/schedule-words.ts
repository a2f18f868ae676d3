/**
 * Schedule import problems and assumptions in both languages, from their codes and figures
 * (sim/schedule/issue-codes.ts): the command line prints the English, the workbench's import
 * preview the UI's language. The English is word for word the core's own message.
 */
import type { FileProblemCode, IssueParams, ScheduleIssue, ScheduleIssueCode, ScheduleNote, ScheduleNoteCode } from '../../sim/schedule/index.js';
import type { Language } from './languages.js';

type Say = (p: IssueParams) => string;

const q = (v: unknown) => JSON.stringify(String(v));
const num = (v: unknown) => Number(v);

const ISSUES: Record<Language, Record<ScheduleIssueCode, Say>> = {
  en: {
    secondColumn: (p) => `a second ${String(p.key)} column (the first is ${String(p.first)})`,
    noIdColumn: () => 'no flight or vehicle id column: expected a header such as "Flight", "航班号", "Vehicle" or "车次"',
    noTimeColumn: () => 'no time column: expected a header such as "STA", "STD", "Time", "计划到达" or "计划起飞"',
    noPassengerColumn: () => 'no passenger column: expected "Passengers"/"旅客人数", or "Seats"/"座位数" with a load factor',
    tooManyRows: (p) => `more than ${num(p.max).toLocaleString('en')} rows: split the schedule`,
    emptyId: (p) => `empty ${String(p.kind)} id`,
    badId: (p) => `expected an id of letters, digits, "_", "." or "-" (at most 64), got ${q(p.got)}`,
    badDirection: (p) => `expected arrival/departure (A/D, 进港/出港), got ${q(p.got)}`,
    noTimeColumnForRow: (p) => `no ${p.direction === 'arrival' ? 'arrival time (STA)' : 'departure time (STD)'} column for this ${String(p.direction)}`,
    badTime: (p) => `expected a time such as 08:30 (00:00–23:59) or a date and time such as 2025-08-15 08:30, got ${q(p.got)}`,
    badDate: (p) => `expected a date such as 2025-08-15, got ${q(p.got)}`,
    badPassengers: (p) => `expected a whole number of passengers from 0 to ${String(p.max)}, got ${q(p.got)}`,
    noPassengers: () => 'no passenger count (and no seats)',
    badSeats: (p) => `expected a whole number of seats from 0 to ${String(p.max)}, got ${q(p.got)}`,
    badLoadFactor: (p) => `expected a load factor from 0 to 1 or 0 % to 100 %, got ${q(p.got)}`,
    badStand: (p) => `expected a stand type: contact/remote (近机位/远机位), got ${q(p.got)}`,
    badShare: (p) => `expected a share from 0 to 1 or 0 % to 100 %, got ${q(p.got)}`,
    sharesSum: (p) => `class shares add up to ${String(p.sum)} %, expected 100 %`,
    duplicate: (p) => `duplicate ${String(p.kind)} ${String(p.id)} (${String(p.direction)}${p.sameDay ? ' on the same day' : ''}; first on row ${String(p.first)})`,
    noRows: () => 'the table has a header but no rows',
    moreProblems: (p) => `… and ${num(p.n).toLocaleString('en')} more`,
    mixedDirections: () => 'the table has arrivals and departures: choose one (--direction arrival or departure); an entry lane and an exit lane are separate scenarios',
    noDirectionRows: (p) => `no ${String(p.direction)} rows in the table`,
    vehicleDepartures: () => 'departure rows of a vehicle table: departures are read for flights only (a departing flight\'s show-up profile); import the arriving vehicles',
    someUndated: () => 'some rows have a date and this one has none: give every row a date, or none',
    badStartTime: (p) => `the base scenario's startTime: ${String(p.reason)}`,
    startWithoutDate: () => 'the table has dates but the base scenario\'s startTime has none: give startTime a date ("2025-08-15 06:00")',
    beforeStart: (p) => `time is before the scenario's startTime ${String(p.start)}: ${String(p.reason)}`,
  },
  'zh-CN': {
    secondColumn: (p) => `又一个 ${String(p.key)} 列（第一个是 ${String(p.first)}）`,
    noIdColumn: () => '没有航班号或车次列：表头应为“航班号”“车次”“Flight”或“Vehicle”等',
    noTimeColumn: () => '没有时间列：表头应为“计划到达”“计划起飞”“STA”“STD”或“Time”等',
    noPassengerColumn: () => '没有旅客人数列：应有“旅客人数”/“Passengers”，或“座位数”/“Seats”加客座率',
    tooManyRows: (p) => `超过 ${num(p.max).toLocaleString('en')} 行：请拆分排班表`,
    emptyId: (p) => (p.kind === 'vehicle' ? '车次为空' : '航班号为空'),
    badId: (p) => `编号只能由字母、数字、“_”“.”“-”组成（最多 64 个），实际为 ${q(p.got)}`,
    badDirection: (p) => `方向应为进港/出港（A/D、arrival/departure），实际为 ${q(p.got)}`,
    noTimeColumnForRow: (p) => (p.direction === 'arrival' ? '这一行是进港，但没有计划到达时间（STA）列' : '这一行是出港，但没有计划起飞时间（STD）列'),
    badTime: (p) => `时间应为 08:30 这样的时刻（00:00–23:59）或 2025-08-15 08:30 这样的日期时间，实际为 ${q(p.got)}`,
    badDate: (p) => `日期应为 2025-08-15 这样的格式，实际为 ${q(p.got)}`,
    badPassengers: (p) => `旅客人数应为 0 到 ${String(p.max)} 的整数，实际为 ${q(p.got)}`,
    noPassengers: () => '没有旅客人数（也没有座位数）',
    badSeats: (p) => `座位数应为 0 到 ${String(p.max)} 的整数，实际为 ${q(p.got)}`,
    badLoadFactor: (p) => `客座率应在 0 到 1 或 0 % 到 100 % 之间，实际为 ${q(p.got)}`,
    badStand: (p) => `机位类型应为近机位/远机位（contact/remote），实际为 ${q(p.got)}`,
    badShare: (p) => `比例应在 0 到 1 或 0 % 到 100 % 之间，实际为 ${q(p.got)}`,
    sharesSum: (p) => `各类别比例合计 ${String(p.sum)} %，应为 100 %`,
    duplicate: (p) => `${p.kind === 'vehicle' ? '车次' : '航班'} ${String(p.id)} 重复（${p.direction === 'departure' ? '出港' : '进港'}${p.sameDay ? '，同一天' : ''}；首次出现在第 ${String(p.first)} 行）`,
    noRows: () => '表格只有表头，没有数据行',
    moreProblems: (p) => `…… 另有 ${String(p.n)} 个问题`,
    mixedDirections: () => '表中既有进港也有出港：请选择其一；入境通道和出境通道是两个场景',
    noDirectionRows: (p) => (p.direction === 'departure' ? '表中没有出港行' : '表中没有进港行'),
    vehicleDepartures: () => '车次表中的出港行：只有航班读取出港（按起飞前的到达分布）；请导入进港车次',
    someUndated: () => '有些行带日期而这一行没有：请所有行都写日期，或都不写',
    badStartTime: (p) => `场景的开始时间（startTime）有误：${String(p.reason)}`,
    startWithoutDate: () => '表中有日期，但场景的开始时间没有日期：请给开始时间加上日期（如“2025-08-15 06:00”）',
    beforeStart: (p) => `时间早于场景的开始时间 ${String(p.start)}：${String(p.reason)}`,
  },
};

const NOTES: Record<Language, Record<ScheduleNoteCode, Say>> = {
  en: {
    defaultLoadFactor: (p) => `rows without a load factor use ${num(p.share) * 100} % (${String(p.source)})`,
    noAircraftType: () => 'rows without an aircraft type deplane as a narrow-body',
    unknownAircraftType: (p) => `aircraft type ${q(p.type)} is not known: deplanes as a narrow-body`,
  },
  'zh-CN': {
    defaultLoadFactor: (p) => `没有客座率的行按 ${num(p.share) * 100} % 计（${String(p.source)}）`,
    noAircraftType: () => '没有机型的行按窄体机的下机速率',
    unknownAircraftType: (p) => `机型 ${q(p.type)} 未知：按窄体机的下机速率`,
  },
};

const FILE_PROBLEMS: Record<Language, Record<FileProblemCode, Say>> = {
  en: {
    tooLarge: (p) => `the file is ${num(p.mb).toFixed(1)} MB; expected a schedule of at most ${String(p.max)} MB`,
    notXlsx: () => 'not an XLSX workbook (an .xlsx file is a zip archive); expected a workbook saved by Excel or WPS, or a CSV file',
    badWorkbook: (p) => `cannot read the workbook (${String(p.reason)}); expected an .xlsx file saved by Excel or WPS`,
    noSheet: () => 'the workbook has no sheet',
    noSheetNamed: (p) => `no sheet named "${String(p.sheet)}" (sheets: ${String(p.sheets)})`,
    emptySheet: (p) => `sheet "${String(p.sheet)}" is empty; expected a header row and one row per flight or vehicle`,
    oldXls: () => 'old Excel .xls files are not read; save it as .xlsx or CSV',
    emptyFile: () => 'the file is empty; expected a header row and one row per flight or vehicle',
  },
  'zh-CN': {
    tooLarge: (p) => `文件大小 ${num(p.mb).toFixed(1)} MB；排班表最大 ${String(p.max)} MB`,
    notXlsx: () => '不是 XLSX 工作簿（.xlsx 文件是 zip 压缩包）；请用 Excel 或 WPS 保存的工作簿，或 CSV 文件',
    badWorkbook: (p) => `无法读取工作簿（${String(p.reason)}）；请用 Excel 或 WPS 保存的 .xlsx 文件`,
    noSheet: () => '工作簿没有工作表',
    noSheetNamed: (p) => `没有名为“${String(p.sheet)}”的工作表（现有：${String(p.sheets)}）`,
    emptySheet: (p) => `工作表“${String(p.sheet)}”为空；应有一行表头，每个航班或车次一行`,
    oldXls: () => '不读取旧版 Excel .xls 文件；请另存为 .xlsx 或 CSV',
    emptyFile: () => '文件为空；应有一行表头，每个航班或车次一行',
  },
};

/** A schedule problem in a language, without where it is. */
export function scheduleIssueText(issue: Pick<ScheduleIssue, 'code' | 'params'>, lang: Language): string {
  return ISSUES[lang][issue.code](issue.params);
}

/** Where a problem is: "row 5, column "STA" (B)" / "第 5 行，"STA" (B) 列"; empty for the whole table. */
export function scheduleIssueWhere(issue: Pick<ScheduleIssue, 'row' | 'column'>, lang: Language): string {
  const parts =
    lang === 'en'
      ? [issue.row !== null ? `row ${issue.row}` : null, issue.column !== null ? `column ${issue.column}` : null]
      : [issue.row !== null ? `第 ${issue.row} 行` : null, issue.column !== null ? `${issue.column} 列` : null];
  return parts.filter(Boolean).join(lang === 'en' ? ', ' : '，');
}

/** "day.csv: row 5, column "STA" (B): expected a time …" — file, row and column, then what was expected. */
export function formatScheduleIssue(file: string, issue: ScheduleIssue, lang: Language): string {
  const where = scheduleIssueWhere(issue, lang);
  const colon = lang === 'en' ? ': ' : '：';
  return `${file}${colon}${where ? `${where}${colon}` : ''}${scheduleIssueText(issue, lang)}`;
}

/** An assumption in a language. */
export function scheduleNoteText(note: Pick<ScheduleNote, 'code' | 'params'>, lang: Language): string {
  return NOTES[lang][note.code](note.params);
}

/** Why a file could not be read, in a language. */
export function scheduleFileProblemText(problem: { code: FileProblemCode; params: IssueParams }, lang: Language): string {
  return FILE_PROBLEMS[lang][problem.code](problem.params);
}
