/**
 * Host.printToPdf on the desktop: the report HTML loaded into a hidden, sandboxed window
 * with JavaScript off (the report needs none; its own CSP forbids every request), printed
 * with `webContents.printToPDF` on A4 using the report's print CSS, then the window is
 * destroyed. Kept thin: everything worth testing lives in present/report/.
 */
import { BrowserWindow } from 'electron';

export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const window = new BrowserWindow({
    show: false,
    width: 1100,
    height: 1400,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true, spellcheck: false },
  });
  try {
    await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
    const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf);
  } finally {
    window.destroy();
  }
}
