/** The PDF window's own policy comes first in the document, whatever HTML arrives over IPC. */
import { describe, expect, it } from 'vitest';
import { PDF_CONTENT_SECURITY_POLICY, pdfDocument } from '../../electron/main/pdf-policy';

describe('PDF window policy', () => {
  it('allows no script and no request, only inline styles and data: images', () => {
    expect(PDF_CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none';/);
    expect(PDF_CONTENT_SECURITY_POLICY).not.toMatch(/script-src|unsafe-eval|https?:|\*/);
  });

  it('goes in as the first element of <head>', () => {
    const doc = pdfDocument('<!doctype html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="default-src *"><title>r</title></head><body>x</body></html>');
    expect(doc.indexOf(PDF_CONTENT_SECURITY_POLICY)).toBeGreaterThan(0);
    expect(doc.indexOf(PDF_CONTENT_SECURITY_POLICY)).toBeLessThan(doc.indexOf('default-src *'));
  });

  it('wraps HTML whose <head> is missing or comes after markup', () => {
    for (const html of ['<p>no head</p>', '<script>alert(1)</script><head></head>', '']) {
      const doc = pdfDocument(html);
      expect(doc.startsWith('<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy"')).toBe(true);
    }
  });
});
