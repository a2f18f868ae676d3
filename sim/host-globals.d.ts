/**
 * The only host APIs sim/ may use: the few that Node ≥ 20, browsers, Web Workers and
 * Electron all provide. sim/tsconfig.json gives sim/ no DOM and no Node types, so anything
 * else (document, fetch, navigator, HTMLElement, Buffer, process) is a type error here.
 */

/** Cancellation from the caller (a worker's cancel message, Ctrl-C): sim/ only reads it. */
interface AbortSignal {
  readonly aborted: boolean;
}

/** Deep copy of plain data (a scenario before a parameter is set). */
declare function structuredClone<T>(value: T): T;
