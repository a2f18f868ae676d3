/**
 * The hidden window that prints the report to PDF runs under a policy of its own, stricter
 * than the app's: no script, no request of any kind (the report inlines its styles and
 * images), no navigation. The HTML arrives over IPC, so it is not trusted to carry its
 * policy: this one goes in first, and a later, looser meta policy cannot widen it (every
 * policy a page declares is enforced).
 */
export const PDF_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

/** The document to load: the report with the PDF policy as the first thing its parser sees. */
export function pdfDocument(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${PDF_CONTENT_SECURITY_POLICY}">`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head && head.index !== undefined) {
    const end = head.index + head[0].length;
    const before = html.slice(0, head.index);
    // A <head> after script or other markup would not be the first thing parsed.
    if (!/<(script|meta|link|style|iframe|object|embed|base)\b/i.test(before)) return `${html.slice(0, end)}${meta}${html.slice(end)}`;
  }
  return `<!doctype html><html><head><meta charset="utf-8">${meta}</head><body>${html}</body></html>`;
}
