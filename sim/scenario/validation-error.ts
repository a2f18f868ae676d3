/**
 * One problem found in an input, by where it is: the shape every check reports (the schema,
 * the semantic checks, clock times, replay files), so the CLI and the editor show them alike.
 * Its own file so that the checks need not import the validator that calls them.
 */
export interface ValidationError {
  /** JSON path such as `stations[2].service.mean`; `""` is the whole document. */
  path: string;
  message: string;
}
