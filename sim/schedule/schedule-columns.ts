/**
 * The columns of a flight or bus schedule, found by header, case-insensitively, under the
 * names people use in English and Chinese spreadsheets (航班号, 车次, STA/STD, 计划到达/计划起飞,
 * 旅客人数, 座位数, 客座率, 机型, 近机位/远机位, 进港/出港 …). A header no name matches is reported,
 * not fatal.
 */

export type ColumnKey =
  | 'flight'
  | 'vehicle'
  | 'sta'
  | 'std'
  | 'time'
  | 'date'
  | 'passengers'
  | 'seats'
  | 'loadFactor'
  | 'aircraft'
  | 'stand'
  | 'place'
  | 'direction';

/** Header names per column, written as they are normalised (lower case, no spaces, no punctuation). */
export const COLUMN_NAMES: ReadonlyArray<readonly [ColumnKey, readonly string[]]> = [
  [
    'flight',
    ['flight', 'flightno', 'flightnumber', 'flt', 'fltno', 'flightid', '航班号', '航班', '航班编号'],
  ],
  [
    'vehicle',
    [
      'vehicle',
      'vehicleid',
      'bus',
      'busno',
      'coach',
      'trip',
      'tripno',
      'plate',
      '车次',
      '车牌',
      '车牌号',
      '班次',
      '车辆',
      '车辆编号',
    ],
  ],
  [
    'sta',
    [
      'sta',
      'eta',
      'scheduledarrival',
      'arrivaltime',
      'arrival',
      '计划到达',
      '计划到达时间',
      '到达时间',
      '预计到达',
      '到站时间',
      '抵达时间',
    ],
  ],
  [
    'std',
    [
      'std',
      'etd',
      'scheduleddeparture',
      'departuretime',
      'departure',
      '计划起飞',
      '计划起飞时间',
      '起飞时间',
      '预计起飞',
      '发车时间',
      '出发时间',
    ],
  ],
  ['time', ['time', 'scheduled', 'scheduledtime', 'sched', 'clock', '时间', '计划时间', '时刻']],
  ['date', ['date', 'day', 'flightdate', '日期', '航班日期']],
  [
    'passengers',
    [
      'passengers',
      'pax',
      'paxcount',
      'passengercount',
      'travellers',
      'travelers',
      '旅客人数',
      '旅客数',
      '人数',
      '乘客人数',
      '乘客数',
      '载客数',
      '旅客',
    ],
  ],
  ['seats', ['seats', 'seatcapacity', 'capacity', '座位数', '座位', '座位数量', '座级']],
  ['loadFactor', ['loadfactor', 'lf', 'load', 'plf', '客座率', '载客率', '上座率']],
  [
    'aircraft',
    ['aircraft', 'aircrafttype', 'actype', 'type', 'equipment', 'body', '机型', '机型类别', '机身'],
  ],
  ['stand', ['stand', 'standtype', 'contactremote', '机位类型', '近机位远机位', '近远机位', '远近机位']],
  [
    'place',
    [
      'origin',
      'destination',
      'from',
      'to',
      'route',
      'city',
      'airport',
      '始发站',
      '始发地',
      '起飞站',
      '目的地',
      '目的站',
      '航线',
      '城市',
      '来自',
      '前往',
    ],
  ],
  [
    'direction',
    ['direction', 'dir', 'arrdep', 'ad', 'movement', 'inout', '进出港', '方向', '进港出港', '进出', '出入境'],
  ],
];

const BY_NAME = new Map<string, ColumnKey>();
for (const [key, names] of COLUMN_NAMES) for (const n of names) BY_NAME.set(n, key);

/** Lower case without spaces, punctuation or a byte-order mark: "Flight No." → "flightno", "近机位/远机位" → "近机位远机位". */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[\s._\-/\\()（）【】[\]:：#№]+/g, '');
}

/** The column a header names, or null. */
export function columnOf(header: string): ColumnKey | null {
  return BY_NAME.get(normalizeHeader(header)) ?? null;
}

/** Spreadsheet column letters of a 0-based index: 0 → "A", 27 → "AB". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
