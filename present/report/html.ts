/** Escaping for the text the report and the SVG files interpolate: scenario names and descriptions are user input. */

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside XML/HTML element content and double- or single-quoted attributes. */
export function escapeXml(text: string): string {
  return stripInvalidXml(text).replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);
}

/** Removes characters XML forbids outright (control characters other than tab and newlines): user labels may hold them. */
export function stripInvalidXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

/** Alias that reads better in HTML templates. */
export const esc = escapeXml;
