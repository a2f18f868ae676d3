/**
 * Who may talk to the main process: the top frame of one of our own windows, showing our
 * own page (the app:// bundle, or the dev server in development). Anything else — a frame
 * that navigated away, an injected iframe, a window we did not create — is ignored.
 */

export interface SenderInfo {
  /** `event.sender.id`. */
  webContentsId: number;
  /** `event.senderFrame?.url`; undefined when the frame is gone. */
  frameUrl: string | undefined;
  /** Whether the sending frame is the window's top frame. */
  isMainFrame: boolean;
}

/** `scheme://host` of a URL, also for non-special schemes where `URL.origin` is "null". */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'file:') return null;
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/** True when a message from `sender` may be acted upon. */
export function isTrustedSender(sender: SenderInfo, knownWebContentsIds: ReadonlySet<number>, trustedOrigins: readonly string[]): boolean {
  if (!knownWebContentsIds.has(sender.webContentsId)) return false;
  if (!sender.isMainFrame || sender.frameUrl === undefined) return false;
  const origin = originOf(sender.frameUrl);
  return origin !== null && trustedOrigins.includes(origin);
}
