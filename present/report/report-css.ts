/**
 * The report's stylesheet, inlined into the HTML so the file needs nothing else. Screen
 * layout is one readable column; the print rules give A4 pages with no card split across
 * pages, so "Print → Save as PDF" (and Electron's printToPDF) make a clean document.
 */
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f1f5f9; color: #0f172a; font: 14px/1.5 'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', system-ui, -apple-system, 'Segoe UI', sans-serif; }
main.report { max-width: 1040px; margin: 0 auto; padding: 28px 32px 48px; background: #fff; }
header.report-header { border-bottom: 3px solid #2563eb; padding-bottom: 12px; margin-bottom: 20px; }
header.report-header h1 { font-size: 24px; margin: 0 0 4px; }
header.report-header .kicker { color: #2563eb; font-weight: 600; letter-spacing: .02em; margin: 0; }
header.report-header .meta { color: #475569; margin: 4px 0 0; font-size: 13px; }
h2 { font-size: 18px; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 1px solid #e2e8f0; }
h3 { font-size: 15px; margin: 18px 0 8px; }
h4 { font-size: 14px; margin: 14px 0 6px; color: #334155; }
.compare-headline { font-size: 16px; font-weight: 600; margin: 8px 0; }
.consolidation { border-left: 3px solid #2563eb; padding: 2px 0 2px 12px; margin: 10px 0 18px; }
tr.total td { border-top: 2px solid #cbd5e1; }
p { margin: 6px 0; }
.muted { color: #64748b; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 18px; margin: 8px 0; }
dl.facts dt { color: #475569; }
dl.facts dd { margin: 0; word-break: break-word; }
.description { white-space: pre-wrap; }
ol.sources { padding-left: 22px; margin: 6px 0; }
ol.sources li { margin: 2px 0; word-break: break-word; }
.lane { overflow-x: auto; border: 1px solid #e2e8f0; border-radius: 8px; padding: 6px; background: #fff; }
.lane svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
.cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; }
.card { border: 1px solid #e2e8f0; border-radius: 8px; padding: 10px 12px; background: #f8fafc; }
.card-title { color: #475569; font-size: 12px; }
.card-value { font-size: 22px; font-weight: 700; margin: 2px 0; font-variant-numeric: tabular-nums; }
.card-sub { color: #64748b; font-size: 12px; font-variant-numeric: tabular-nums; }
.charts { display: grid; grid-template-columns: 1fr; gap: 14px; }
figure.chart { margin: 0; border: 1px solid #e2e8f0; border-radius: 8px; padding: 6px; background: #fff; }
figure.chart svg { display: block; width: 100%; height: auto; }
table { width: 100%; border-collapse: collapse; font-size: 13px; margin: 6px 0 10px; }
th, td { padding: 5px 8px; border-bottom: 1px solid #e2e8f0; text-align: left; vertical-align: top; }
th { background: #f8fafc; color: #334155; font-weight: 600; }
td.nowrap { white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.wrap-head th.num { white-space: normal; }
tr.bottleneck td { background: #fffbeb; }
.badge { display: inline-block; font-size: 11px; padding: 0 6px; border-radius: 9px; margin-left: 6px; background: #e2e8f0; color: #334155; }
.badge-warn { background: #fef3c7; color: #92400e; }
.badge-ok { background: #dcfce7; color: #166534; }
.badge-bad { background: #fee2e2; color: #991b1b; }
ul.assumptions { padding-left: 20px; }
footer.report-footer { margin-top: 32px; color: #94a3b8; font-size: 12px; border-top: 1px solid #e2e8f0; padding-top: 8px; }
@media (max-width: 760px) { .cards { grid-template-columns: 1fr 1fr; } }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { background: #fff; font-size: 11pt; }
  main.report { max-width: none; padding: 0; }
  .lane { overflow: visible; border: none; padding: 0; }
  .cards { grid-template-columns: repeat(4, 1fr); }
  figure.chart, .card, .lane, tr, dl.facts, .keep { break-inside: avoid; page-break-inside: avoid; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  section.page-break { break-before: page; page-break-before: always; }
  th { background: #f1f5f9 !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .card, tr.bottleneck td, .badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
