/** Small inline icons for the transport controls (no icon font: glyphs like ⏮ are missing from many fonts). */
const PATHS = {
  start: 'M3 2h2v12H3zM14 2v12L6 8z',
  back: 'M2 2h2v12H2zM13 2v12L5 8z',
  play: 'M4 2v12l10-6z',
  pause: 'M3 2h4v12H3zM9 2h4v12H9z',
  forward: 'M12 2h2v12h-2zM3 2v12l8-6z',
  peak: 'M1 14 6 4l3 5 2-3 4 8z',
} as const;

export function Icon({ name }: { name: keyof typeof PATHS }) {
  return (
    <svg className="rp-svg" viewBox="0 0 16 16" aria-hidden="true">
      <path d={PATHS[name]} />
    </svg>
  );
}
