/**
 * The "unsaved changes" prompt as a small state machine. The renderer reports the document
 * state; when the window is asked to close with unsaved work, the user chooses: save (the
 * renderer saves, and the window closes once it reports a clean document), discard, or
 * cancel. A failed or cancelled save leaves the window open with the work in it.
 */

export type CloseChoice = 'save' | 'discard' | 'cancel';

export type CloseDecision =
  /** Let the close happen. */
  | { kind: 'close' }
  /** Prevent it and ask the user. */
  | { kind: 'ask' }
  /** Prevent it silently (a prompt or a save is already under way). */
  | { kind: 'wait' };

export type ChoiceEffect = { kind: 'close' } | { kind: 'requestSave' } | { kind: 'stay' };

export interface CloseGuard {
  readonly title: string;
  readonly dirty: boolean;
  setDocumentState(state: { title: string; dirty: boolean }): ChoiceEffect;
  onCloseRequested(): CloseDecision;
  onChoice(choice: CloseChoice): ChoiceEffect;
  /**
   * A save ended. One that did not write (dialog cancelled, disk full) must not make the
   * window close by surprise on some later save: the pending close is dropped.
   */
  onSaveFinished(saved: boolean): void;
}

/** A guard for one window. */
export function createCloseGuard(): CloseGuard {
  let title = '';
  let dirty = false;
  let asking = false;
  let closeWhenClean = false;
  let allowClose = false;
  return {
    get title() {
      return title;
    },
    get dirty() {
      return dirty;
    },
    setDocumentState(state) {
      title = state.title;
      dirty = state.dirty;
      if (!dirty && closeWhenClean) {
        closeWhenClean = false;
        allowClose = true;
        return { kind: 'close' };
      }
      return { kind: 'stay' };
    },
    onCloseRequested() {
      if (allowClose || !dirty) return { kind: 'close' };
      if (asking || closeWhenClean) return { kind: 'wait' };
      asking = true;
      return { kind: 'ask' };
    },
    onChoice(choice) {
      asking = false;
      if (choice === 'discard') {
        allowClose = true;
        return { kind: 'close' };
      }
      if (choice === 'save') {
        closeWhenClean = true;
        return { kind: 'requestSave' };
      }
      return { kind: 'stay' };
    },
    onSaveFinished(saved) {
      if (!saved) closeWhenClean = false;
    },
  };
}

/** The window title: document title, an unsaved mark, and the app name. */
export function windowTitle(title: string, dirty: boolean, platform: NodeJS.Platform): string {
  const name = title.length > 0 ? title : 'LaneSim';
  const mark = dirty && platform !== 'darwin' ? '• ' : '';
  return name === 'LaneSim' ? `${mark}LaneSim` : `${mark}${name} — LaneSim`;
}
