/**
 * Host.printToPdf on the desktop: the report HTML loaded into a hidden, sandboxed window
 * with JavaScript off (the report needs none; its own CSP forbids every request), printed
 * with `webContents.printToPDF` on A4 using the report's print CSS, then the window is
 * destroyed. The window has its own policy (pdf-policy.ts), its own in-memory session that
 * refuses every request but the document itself, and no navigation, pop-up or DevTools.
 * Kept thin: everything worth testing lives in present/report/ and pdf-policy.ts.
 */
import { BrowserWindow, session } from 'electron';
import { pdfDocument } from '../pdf-policy';

export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const window = new BrowserWindow({
    show: false,
    width: 1100,
    height: 1400,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      spellcheck: false,
      devTools: false,
      session: pdfSession(),
    },
  });
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  try {
    await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(pdfDocument(html), 'utf8').toString('base64')}`);
    const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf);
  } finally {
    window.destroy();
  }
}

let pdfSessionInstance: Electron.Session | null = null;

/** An in-memory session for the PDF window only: every request but data: URLs is cancelled. */
function pdfSession(): Electron.Session {
  if (pdfSessionInstance) return pdfSessionInstance;
  const s = session.fromPartition('lanesim-pdf', { cache: false });
  s.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('data:') }));
  s.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  pdfSessionInstance = s;
  return s;
}
