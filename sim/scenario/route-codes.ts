/**
 * How a compiled lane codes its routes: the exit's index and the kinds of routing. Apart from
 * compile.ts so the lane-graph walk can read compiled routes without importing the compiler
 * (which imports the validation that walks the lane graph).
 */
export const EXIT_INDEX = -1;

export const enum RouteCode {
  Fixed = 0,
  Probability = 1,
  ByClass = 2,
}
