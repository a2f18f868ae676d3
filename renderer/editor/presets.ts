/**
 * The equipment palette: stations a planner drops into a lane, with default times from
 * scenarios/sources.md and the source of each figure, shown beside it so the
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
  /** The published figure, who published it and what is assumed, in each UI language (source names stay as published). */
  source: { en: string; 'zh-CN': string };
}

export const PRESETS: readonly EquipmentPreset[] = [
  {
    id: 'manual-desk',
    idBase: 'desks',
    station: { mode: 'queue', checks: ['border'], servers: 6, service: { dist: 'lognormal', mean: 50, cv: 0.5 }, preset: 'manual-desk' },
    source: {
      en: 'Manual passport desk about 45–60 s per passenger — planners’ sizing worksheets (unverified); shape assumed lognormal, cv 0.5.',
      'zh-CN': '人工查验台每名旅客约 45–60 秒——规划人员测算表（未经核实）；分布形态假设为对数正态，变异系数 0.5。',
    },
  },
  {
    id: 'e-gate',
    idBase: 'egates',
    station: { mode: 'queue', checks: ['border'], servers: 6, service: { dist: 'lognormal', mean: 12, cv: 0.4 }, preset: 'e-gate' },
    source: {
      en: 'E-gates 6–10 s (Beijing Capital T2, 2016); average 25 s → 10 s (Singapore ICA, Oct 2024); 110 pax/h per gate (Australia, 2016). Shape assumed lognormal, cv 0.4.',
      'zh-CN': '自助通道 6–10 秒（北京首都机场 T2，2016）；平均 25 秒 → 10 秒（新加坡移民与关卡局，2024 年 10 月）；每台 110 人/时（澳大利亚，2016）。分布形态假设为对数正态，变异系数 0.4。',
    },
  },
  {
    id: 'thermal-gate',
    idBase: 'thermal',
    station: { mode: 'delay', checks: ['temperature'], service: { dist: 'uniform', min: 2, max: 5 }, preset: 'thermal-gate' },
    source: {
      en: 'Walk-through thermal imaging: no stop, several people tracked at once, ±0.3 °C (Bengbu station report; Beijing Daxing: 15 gates over 70 m). Time is the walk through.',
      'zh-CN': '通过式红外热成像测温：无需停留，可同时追踪多人，精度 ±0.3 °C（蚌埠站报道；北京大兴：70 米内 15 道测温门）。时间为通过用时。',
    },
  },
  {
    id: 'radiation-portal',
    idBase: 'radiation',
    station: { mode: 'delay', checks: ['radiation'], service: { dist: 'uniform', min: 2, max: 4 }, preset: 'radiation-portal' },
    source: {
      en: 'Pedestrian radiation portal: walk-through, a few seconds of occupancy — assumption (no public figure found).',
      'zh-CN': '行人核辐射监测门：通过式，占用数秒——假设（未找到公开数据）。',
    },
  },
  {
    id: 'carry-on-xray',
    idBase: 'xray',
    station: { mode: 'queue', checks: ['baggage'], servers: 2, service: { dist: 'gamma', mean: 12, cv: 0.5 }, preset: 'carry-on-xray' },
    source: {
      en: 'CT carry-on X-ray up to 600 bags/h, i.e. 6 s per bag (Analogic, vendor); about 2 bags per passenger assumed. Shape assumed gamma, cv 0.5.',
      'zh-CN': 'CT 随身行李 X 光机每小时最多 600 件，即每件 6 秒（Analogic，厂商数据）；假设每名旅客约 2 件。分布形态假设为伽马，变异系数 0.5。',
    },
  },
  {
    id: 'combined-lane',
    idBase: 'combined',
    station: { mode: 'queue', checks: ['customs', 'security'], servers: 4, service: { dist: 'lognormal', mean: 24, cv: 0.5 }, preset: 'combined-lane' },
    source: {
      en: 'Security lane 100–200+ pax/h (ACRP Report 25); 149 pax/h US average (Security Management, 2010); 150 pax/h → 24 s. Customs and security merged at exit (Beijing Daxing 2019, Harbin T1). Shape assumed.',
      'zh-CN': '安检通道每小时 100–200+ 人（ACRP Report 25）；美国平均每小时 149 人（Security Management，2010）；每小时 150 人 → 24 秒。出境海关与安检合一（北京大兴 2019，哈尔滨 T1）。分布形态为假设。',
    },
  },
  {
    id: 'xray-two-screens',
    idBase: 'xray2',
    station: { mode: 'queue', checks: ['customs-xray', 'security-xray'], servers: 1, service: { dist: 'gamma', mean: 8, cv: 0.4 }, preset: 'xray-two-screens' },
    source: {
      en: 'One X-ray, two screens (一机双屏): customs and security read the same image. About 6 s per bag (Shanghai Pudong, 2023); 1,500–1,800 bags/h for hold-baggage CT (Rapiscan). Shape assumed gamma, cv 0.4.',
      'zh-CN': '一机双屏：海关与安检判读同一图像。每件行李约 6 秒（上海浦东，2023）；托运行李 CT 每小时 1,500–1,800 件（Rapiscan）。分布形态假设为伽马，变异系数 0.4。',
    },
  },
  {
    id: 'secondary',
    idBase: 'secondary',
    station: { mode: 'queue', checks: ['customs'], servers: 2, service: { dist: 'lognormal', mean: 360, cv: 0.5 }, preset: 'secondary' },
    source: {
      en: 'Classic checked-bag customs check 5–7 min per passenger (Fuzhou Customs, 2025). Shape assumed lognormal, cv 0.5.',
      'zh-CN': '传统托运行李海关查验每名旅客 5–7 分钟（福州海关，2025）。分布形态假设为对数正态，变异系数 0.5。',
    },
  },
];

/** A station id not yet used in the lane: "desks", "desks-2", … */
export function freshId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`;
}
