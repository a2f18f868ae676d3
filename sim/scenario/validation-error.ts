/**
 * One problem found in an input, by where it is: the shape every check reports (the schema,
 * the semantic checks, clock times, replay files), so the CLI and the editor show them alike.
 * Its own file so that the checks need not import the validator that calls them.
 */
export interface ValidationError {
  /** JSON path such as `stations[2].service.mean`; `""` is the whole document. */
  path: string;
  /** The problem in English (the CLI prints it). */
  message: string;
  /** What kind of problem, for a UI that words it in its own language (e.g. `overload`). */
  code?: string;
  /** The figures the message quotes, by name, for the same UI. */
  values?: Record<string, string | number>;
}
