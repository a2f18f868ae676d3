/**
 * The `Host` for a plain browser (how the workbench is tested, and a fallback when there is
 * no desktop shell): a hidden file input to open, a download to save or export, and
 * localStorage for the recent list, the autosave copy and the language. The autosave copy
 * doubles as crash recovery: it is cleared when the page closes cleanly.
 */
import type { Host, Language, MenuCommand, OpenedFile, RecentFile, SavedFile, Unsubscribe } from './host-api.js';

const KEY_AUTOSAVE = 'lanesim.autosave';
const KEY_RECENT = 'lanesim.recent';
const KEY_LANGUAGE = 'lanesim.language';
const MAX_RECENT = 10;

/** The storage slice the host needs; a real `localStorage` in the page. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function safeGet(store: KeyValueStore, key: string): string | null {
  try {
    return store.getItem(key);
  } catch {
    return null;
  }
}

function safeSet(store: KeyValueStore, key: string, value: string): void {
  try {
    store.setItem(key, value);
  } catch {
    // Storage full or disabled: autosave is a convenience, the document stays in memory.
  }
}

/** The file name of `?open=<name>` (a plain name, no path), or null. */
export function openedFileName(search: string): string | null {
  const name = new URLSearchParams(search).get('open');
  return name !== null && name.length > 0 && name.length <= 255 && !/[\\/\0]/.test(name) && name !== '.' && name !== '..' ? name : null;
}

function pickFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.style.display = 'none';
    input.dataset.testid = 'host-file-input';
    let settled = false;
    const finish = (file: File | null) => {
      if (settled) return;
      settled = true;
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => finish(null));
    document.body.appendChild(input);
    input.click();
  });
}

function download(name: string, data: string | Uint8Array, mime: string): void {
  const part: BlobPart = typeof data === 'string' ? data : new Uint8Array(data);
  const url = URL.createObjectURL(new Blob([part], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads the remembered language, for the first paint before i18n starts. */
export function storedLanguage(store: KeyValueStore): Language | null {
  const value = safeGet(store, KEY_LANGUAGE);
  return value === 'en' || value === 'zh-CN' ? value : null;
}

/** Builds the browser host over a key-value store (the page's localStorage). */
export function createBrowserHost(store: KeyValueStore = window.localStorage): Host & { readonly kind: 'browser' } {
  const readRecent = (): RecentFile[] => {
    try {
      const parsed: unknown = JSON.parse(safeGet(store, KEY_RECENT) ?? '[]');
      if (!Array.isArray(parsed)) return [];
      return parsed.filter((r): r is RecentFile => typeof r === 'object' && r !== null && typeof r.name === 'string' && typeof r.path === 'string');
    } catch {
      return [];
    }
  };
  const remember = (name: string, text: string) => {
    // In a browser there is no path: the recent entry keeps the text itself under its name.
    const path = `browser:${name}`;
    const recent = [{ name, path }, ...readRecent().filter((r) => r.path !== path)].slice(0, MAX_RECENT);
    safeSet(store, KEY_RECENT, JSON.stringify(recent));
    safeSet(store, `lanesim.file.${path}`, text);
  };
  window.addEventListener('pagehide', () => {
    // A clean close leaves nothing to recover.
    if (!dirty) store.removeItem(KEY_AUTOSAVE);
  });
  let dirty = false;

  const launchName = openedFileName(globalThis.location?.search ?? '');
  const launchFile: Promise<OpenedFile | null> =
    launchName === null
      ? Promise.resolve(null)
      : fetch(`./opened-file/${encodeURIComponent(launchName)}`)
          .then(async (r) => (r.ok ? { name: launchName, text: await r.text() } : null))
          .catch(() => null);
  let launchFileDelivered = false;
  return {
    kind: 'browser',
    async openScenario(): Promise<OpenedFile | null> {
      const file = await pickFile();
      if (!file) return null;
      const text = await file.text();
      remember(file.name, text);
      return { name: file.name, text };
    },
    async openRecent(path: string): Promise<OpenedFile | null> {
      const text = safeGet(store, `lanesim.file.${path}`);
      const entry = readRecent().find((r) => r.path === path);
      if (text === null || !entry) return null;
      return { name: entry.name, text };
    },
    async saveScenario(file, _options): Promise<SavedFile | null> {
      download(file.suggestedName, file.text, 'application/json');
      remember(file.suggestedName, file.text);
      return { name: file.suggestedName };
    },
    async writeExport(request): Promise<SavedFile | null> {
      download(request.suggestedName, request.data, request.mime);
      return { name: request.suggestedName };
    },
    async recentFiles(): Promise<RecentFile[]> {
      return readRecent();
    },
    setDocumentState(state): void {
      // The page title itself is the workbench's (in the UI's language, renderer/app/app.tsx).
      dirty = state.dirty;
    },
    async autosave(text: string): Promise<void> {
      safeSet(store, KEY_AUTOSAVE, text);
    },
    async takeRecovery(): Promise<OpenedFile | null> {
      const text = safeGet(store, KEY_AUTOSAVE);
      if (text === null) return null;
      store.removeItem(KEY_AUTOSAVE);
      return { name: 'autosave.json', text };
    },
    setLanguage(language: Language): void {
      safeSet(store, KEY_LANGUAGE, language);
    },
    onOpenFile(listener: (file: OpenedFile) => void): Unsubscribe {
      // No OS "open with" in a browser; but `npm start -- lane.json` (browser fallback) serves
      // the file at opened-file/<name> and opens the page with ?open=<name>. Delivered once,
      // to the first listener still subscribed when it arrives.
      let live = true;
      void launchFile.then((file) => {
        if (live && file !== null && !launchFileDelivered) {
          launchFileDelivered = true;
          listener(file);
        }
      });
      return () => {
        live = false;
      };
    },
    onMenuCommand(listener: (command: MenuCommand) => void): Unsubscribe {
      // No native menu: the same commands come from keyboard shortcuts.
      const onKey = (e: KeyboardEvent) => {
        if (!(e.ctrlKey || e.metaKey)) return;
        const target = e.target as HTMLElement | null;
        const inField = !!target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT');
        const key = e.key.toLowerCase();
        let command: MenuCommand | null = null;
        if (key === 's') command = e.shiftKey ? 'saveAs' : 'save';
        else if (key === 'o') command = 'open';
        else if (key === 'z' && !inField) command = e.shiftKey ? 'redo' : 'undo';
        else if (key === 'y' && !inField) command = 'redo';
        else if (key === 'enter') command = 'run';
        if (command) {
          e.preventDefault();
          listener(command);
        }
      };
      window.addEventListener('keydown', onKey);
      return () => window.removeEventListener('keydown', onKey);
    },
  } satisfies Host;
}
