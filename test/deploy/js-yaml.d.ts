// js-yaml (already in the tree as a dev tool's dependency) ships no types; the k8s manifest test needs only load().
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
