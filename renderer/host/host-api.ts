/**
 * The port through which the UI reaches the outside world (DESIGN.md: "Host"), owned by the
 * renderer that calls it. Two adapters implement it: the Electron preload over IPC
 * (electron/preload/create-host.ts, with main's handlers) and the browser host here beside it
 * (file inputs and downloads). Both are checked against this type with `satisfies`, so
 * neither can drift. Types only: electron/ may `import type` this one file of the renderer
 * and nothing else of it (the lint fence allows exactly that).
 */

/** The UI languages: defined once in present/words/languages.ts. */
export type { Language } from '../../present/words/languages.js';
import type { Language } from '../../present/words/languages.js';

export interface OpenedFile {
  /** Display name, e.g. "harbin-t1-entry-smart.json". */
  name: string;
  /** Absolute path in the desktop app; undefined in a browser. */
  path?: string;
  text: string;
}

export interface SavedFile {
  name: string;
  path?: string;
}

export interface RecentFile {
  name: string;
  path: string;
}

export interface ExportRequest {
  suggestedName: string;
  /** Text (UTF-8) or bytes (PNG, PDF). */
  data: string | Uint8Array;
  mime: string;
}

/** Commands the menu (desktop) sends to the UI. */
export type MenuCommand =
  | 'new'
  | 'open'
  | 'save'
  | 'saveAs'
  | 'undo'
  | 'redo'
  | 'run'
  | 'cancelRun'
  | 'exportReport'
  | 'language:zh-CN'
  | 'language:en'
  | 'about';

export type Unsubscribe = () => void;

export interface Host {
  readonly kind: 'electron' | 'browser';
  /** Shows an open dialog; null when the user cancels. */
  openScenario(): Promise<OpenedFile | null>;
  /** Opens a file from the recent list. */
  openRecent(path: string): Promise<OpenedFile | null>;
  /**
   * Saves atomically. Without a path, or with `saveAs`, asks where. Rejects with an Error
   * whose message says why (the UI keeps the user's work and shows it).
   */
  saveScenario(file: { path?: string; suggestedName: string; text: string }, options: { saveAs: boolean }): Promise<SavedFile | null>;
  /** Writes an export (chart, CSV, report) through the same safe path; downloads in a browser. */
  writeExport(request: ExportRequest): Promise<SavedFile | null>;
  /**
   * Prints a self-contained HTML document (the report) to PDF bytes. Only where a PDF can be
   * made without the user's print dialog (the desktop app); absent in a browser, where the UI
   * hides its PDF button and the report's print CSS serves "Print → Save as PDF".
   */
  printToPdf?(html: string): Promise<Uint8Array>;
  recentFiles(): Promise<RecentFile[]>;
  /** Tells the shell whether there are unsaved changes (title mark, close prompt). */
  setDocumentState(state: { title: string; dirty: boolean }): void;
  /** Keeps a copy of the editor's text so it can be offered back after a crash. */
  autosave(text: string): Promise<void>;
  /** The autosaved text left by a session that did not close cleanly, if any. */
  takeRecovery(): Promise<OpenedFile | null>;
  setLanguage(language: Language): void;
  /** Files passed on the command line or opened from the OS while the app runs. */
  onOpenFile(listener: (file: OpenedFile) => void): Unsubscribe;
  onMenuCommand(listener: (command: MenuCommand) => void): Unsubscribe;
}
