// js-yaml (a devDependency, for the k8s manifest test) ships no types; the test needs only load().
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
