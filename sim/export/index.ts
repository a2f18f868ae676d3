/**
 * Export builders: RunResult / RunLog / Comparison in, CSV text out. Pure functions with no
 * file system, shared by the command line (`--out`, `--format csv`) and the UI's export.
 */
export { toCsv, parseCsv, csvCell, csvNumber, provenanceOf, PROVENANCE_COLUMNS } from './csv.js';
export type { CsvOptions, CsvCell, CsvProvenance } from './csv.js';
export { stationsCsv, STATIONS_CSV_HEADER } from './stations-csv.js';
export { passengersCsv } from './passengers-csv.js';
export { timeseriesCsv } from './timeseries-csv.js';
export { groupsCsv, GROUPS_CSV_HEADER } from './groups-csv.js';
export { summaryCsv, SUMMARY_CSV_HEADER } from './summary-csv.js';
export { comparisonCsv, COMPARISON_CSV_HEADER } from './comparison-csv.js';
export { sweepCsv, sweepCsvHeader } from './sweep-csv.js';
export { sweepJson, planJson } from './sweep-json.js';
export { rosterCsv, ROSTER_CSV_HEADER } from './roster-csv.js';
