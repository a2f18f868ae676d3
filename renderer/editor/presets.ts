/**
 * The equipment palette: stations a planner drops into a lane, with default times from
 * ../shared/reference/parameters.md and the source of each figure, shown beside it so the
 * planner knows what they are starting from. Where the shape is not published it is
 * lognormal or gamma with a cv in 0.3–0.6, and the note says so.
 */
import type { Station } from '../../sim/index.js';

export interface EquipmentPreset {
  id: string;
  /** i18n key under presets.<id>. */
  station: Omit<Station, 'id' | 'next'>;
  /** Base for the new station's id. */
  idBase: string;
  /** The published figure and who published it (shown as is: sources are cited in their language). */
  source: string;
}

export const PRESETS: readonly EquipmentPreset[] = [
  {
    id: 'manual-desk',
    idBase: 'desks',
    station: { mode: 'queue', checks: ['border'], servers: 6, service: { dist: 'lognormal', mean: 50, cv: 0.5 }, preset: 'manual-desk' },
    source: 'Manual passport desk about 45–60 s per passenger — planners’ sizing worksheets (unverified); shape assumed lognormal, cv 0.5.',
  },
  {
    id: 'e-gate',
    idBase: 'egates',
    station: { mode: 'queue', checks: ['border'], servers: 6, service: { dist: 'lognormal', mean: 12, cv: 0.4 }, preset: 'e-gate' },
    source: 'E-gates 6–10 s (Beijing Capital T2, 2016); average 25 s → 10 s (Singapore ICA, Oct 2024); 110 pax/h per gate (Australia, 2016). Shape assumed lognormal, cv 0.4.',
  },
  {
    id: 'thermal-gate',
    idBase: 'thermal',
    station: { mode: 'delay', checks: ['temperature'], service: { dist: 'uniform', min: 2, max: 5 }, preset: 'thermal-gate' },
    source: 'Walk-through thermal imaging: no stop, several people tracked at once, ±0.3 °C (Bengbu station report; Beijing Daxing: 15 gates over 70 m). Time is the walk through.',
  },
  {
    id: 'radiation-portal',
    idBase: 'radiation',
    station: { mode: 'delay', checks: ['radiation'], service: { dist: 'uniform', min: 2, max: 4 }, preset: 'radiation-portal' },
    source: 'Pedestrian radiation portal: walk-through, a few seconds of occupancy — assumption (no public figure found).',
  },
  {
    id: 'carry-on-xray',
    idBase: 'xray',
    station: { mode: 'queue', checks: ['baggage'], servers: 2, service: { dist: 'gamma', mean: 12, cv: 0.5 }, preset: 'carry-on-xray' },
    source: 'CT carry-on X-ray up to 600 bags/h, i.e. 6 s per bag (Analogic, vendor); about 2 bags per passenger assumed. Shape assumed gamma, cv 0.5.',
  },
  {
    id: 'combined-lane',
    idBase: 'combined',
    station: { mode: 'queue', checks: ['customs', 'security'], servers: 4, service: { dist: 'lognormal', mean: 24, cv: 0.5 }, preset: 'combined-lane' },
    source: 'Security lane 100–200+ pax/h (ACRP Report 25); 149 pax/h US average (Security Management, 2010); 150 pax/h → 24 s. Customs and security merged at exit (Beijing Daxing 2019, Harbin T1). Shape assumed.',
  },
  {
    id: 'xray-two-screens',
    idBase: 'xray2',
    station: { mode: 'queue', checks: ['customs-xray', 'security-xray'], servers: 1, service: { dist: 'gamma', mean: 8, cv: 0.4 }, preset: 'xray-two-screens' },
    source: 'One X-ray, two screens (一机双屏): customs and security read the same image. About 6 s per bag (Shanghai Pudong, 2023); 1,500–1,800 bags/h for hold-baggage CT (Rapiscan). Shape assumed gamma, cv 0.4.',
  },
  {
    id: 'secondary',
    idBase: 'secondary',
    station: { mode: 'queue', checks: ['customs'], servers: 2, service: { dist: 'lognormal', mean: 360, cv: 0.5 }, preset: 'secondary' },
    source: 'Classic checked-bag customs check 5–7 min per passenger (Fuzhou Customs, 2025). Shape assumed lognormal, cv 0.5.',
  },
];

/** A station id not yet used in the lane: "desks", "desks-2", … */
export function freshId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`;
}
