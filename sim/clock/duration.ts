/**
 * Durations as people type them: "90s", "12min", "1h30", "1h30min", "2 h 5 m", "1.5h",
 * "45" (seconds), and in Chinese "12分钟", "1小时30分". Used wherever a person types a duration
 * (editor fields, command-line options), so both read the same text the same way.
 */

const UNIT_SECONDS = new Map<string, number>([
  ['h', 3600],
  ['hr', 3600],
  ['hrs', 3600],
  ['hour', 3600],
  ['hours', 3600],
  ['小时', 3600],
  ['时', 3600],
  ['m', 60],
  ['min', 60],
  ['mins', 60],
  ['minute', 60],
  ['minutes', 60],
  ['分钟', 60],
  ['分', 60],
  ['s', 1],
  ['sec', 1],
  ['secs', 1],
  ['second', 1],
  ['seconds', 1],
  ['秒', 1],
]);

const PART = /(\d+(?:\.\d+)?)\s*([A-Za-z\u4e00-\u9fff]*)\s*/y;

/**
 * Reads a duration; returns seconds, or a sentence saying what was expected. Units come
 * largest first; a bare number after hours means minutes ("1h30"), after minutes seconds.
 */
export function parseDuration(raw: string): number | string {
  const text = raw.trim();
  const expected = `expected a duration such as "90s", "12min" or "1h30", got ${JSON.stringify(raw)}`;
  if (text === '' || text.length > 40) return expected;
  PART.lastIndex = 0;
  let total = 0;
  let lastUnit = Infinity;
  let parts = 0;
  while (PART.lastIndex < text.length) {
    const m = PART.exec(text);
    if (!m) return expected;
    const value = Number(m[1]);
    let unit: number;
    if (m[2] === '') {
      // A bare number: seconds alone, or the next unit down after h / min.
      if (parts === 0) unit = 1;
      else if (lastUnit === 3600) unit = 60;
      else if (lastUnit === 60) unit = 1;
      else return expected;
      if (PART.lastIndex < text.length) return expected;
    } else {
      const u = UNIT_SECONDS.get(m[2].toLowerCase());
      if (u === undefined) return `unknown unit "${m[2]}" in ${JSON.stringify(raw)}: use s, min or h`;
      unit = u;
    }
    if (unit >= lastUnit) return `${expected} (units largest first, each once)`;
    total += value * unit;
    lastUnit = unit;
    parts++;
  }
  if (!Number.isFinite(total)) return expected;
  return total;
}
