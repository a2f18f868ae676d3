/**
 * File-type filters for open/save dialogs, so a CSV export is offered as CSV and a scenario
 * save keeps its `.json` extension — in the UI language.
 */
import { extname } from 'node:path';
import type { Language } from '../../renderer/host/host-api';

export interface DialogFilter {
  name: string;
  extensions: string[];
}

const byMime: Record<string, { en: string; zh: string; extensions: string[] }> = {
  'application/json': { en: 'JSON', zh: 'JSON 文件', extensions: ['json'] },
  'text/csv': { en: 'CSV (spreadsheet)', zh: 'CSV（电子表格）', extensions: ['csv'] },
  'image/png': { en: 'PNG image', zh: 'PNG 图片', extensions: ['png'] },
  'image/svg+xml': { en: 'SVG image', zh: 'SVG 图片', extensions: ['svg'] },
  'application/pdf': { en: 'PDF document', zh: 'PDF 文档', extensions: ['pdf'] },
  'text/html': { en: 'HTML report', zh: 'HTML 报告', extensions: ['html'] },
  'text/markdown': { en: 'Markdown', zh: 'Markdown 文档', extensions: ['md'] },
  'text/plain': { en: 'Text', zh: '文本文件', extensions: ['txt'] },
};

const allFiles = (language: Language): DialogFilter => ({ name: language === 'zh-CN' ? '所有文件' : 'All files', extensions: ['*'] });

/** Filters for opening or saving a scenario. */
export function scenarioFilters(language: Language): DialogFilter[] {
  return [{ name: language === 'zh-CN' ? 'LaneSim 场景' : 'LaneSim scenario', extensions: ['json'] }, allFiles(language)];
}

/** Filters for an export of `mime`, falling back to the suggested name's extension. */
export function exportFilters(mime: string, suggestedName: string, language: Language): DialogFilter[] {
  const known = byMime[mime.split(';')[0].trim().toLowerCase()];
  if (known !== undefined) return [{ name: language === 'zh-CN' ? known.zh : known.en, extensions: known.extensions }, allFiles(language)];
  const extension = extname(suggestedName).slice(1);
  return extension.length > 0 ? [{ name: extension.toUpperCase(), extensions: [extension] }, allFiles(language)] : [allFiles(language)];
}

/** Linux save dialogs do not add the extension the filter implies; add it when there is none. */
export function withDefaultExtension(path: string, extension: string): string {
  return extname(path) === '' ? `${path}.${extension}` : path;
}
