/**
 * `--report FILE`, `--charts DIR` and `--lang`: the HTML report and the charts as SVG
 * files, built by present/report/ (the same code the UI exports with) and written atomically.
 * The report and chart code (ECharts) is loaded only when one of them is asked for.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { ExportChart } from '../present/report/index.js';
import { REPORT_LANGUAGES, type ReportLanguage } from '../present/words/report-words.js';
import { choiceOption, type OptionSpec, type ParsedArgs } from './args.js';
import { InputError } from './errors.js';
import { writeAtomic } from './out-dir.js';

export const REPORT_OPTIONS: OptionSpec[] = [{ name: 'report' }, { name: 'charts' }, { name: 'lang' }];

export const REPORT_OPTIONS_HELP = `      --report FILE      also write a self-contained HTML report (opens offline, prints to PDF)
      --charts DIR       also write each chart as an SVG file into DIR
      --lang L           language of the tables, report and charts: en (default) or zh-CN`;

export function reportLanguage(args: ParsedArgs, command: string): ReportLanguage {
  return choiceOption(args, 'lang', REPORT_LANGUAGES, 'en', command);
}

function code(e: unknown): string {
  return (e as { code?: string }).code ?? String(e);
}

/** Writes `html` to `file` (its folder created if needed); returns the path as given. */
export async function writeReportFile(file: string, cwd: string, html: string): Promise<string> {
  const path = resolve(cwd, file);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeAtomic(path, html);
  } catch (e) {
    throw new InputError(`${file}: cannot write the report (${code(e)}); expected a writable file path`);
  }
  return file;
}

/** Writes each chart as `<id>.svg` into `dir`; returns the paths written. */
export async function writeChartFiles(dir: string, cwd: string, charts: readonly ExportChart[], scenario: string): Promise<string[]> {
  const root = resolve(cwd, dir);
  try {
    await mkdir(root, { recursive: true });
  } catch (e) {
    throw new InputError(`${dir}: cannot create the charts directory (${code(e)}); expected a writable directory path`);
  }
  const { chartSvg } = await import('../present/report/index.js');
  const written: string[] = [];
  for (const c of charts) {
    const name = `${c.id}.svg`;
    try {
      await writeAtomic(join(root, name), chartSvg(c.option, { title: c.title, scenario, sources: c.sources }));
    } catch (e) {
      throw new InputError(`${join(dir, name)}: cannot write the chart (${code(e)}); expected a writable directory`);
    }
    written.push(join(dir, name));
  }
  return written;
}
