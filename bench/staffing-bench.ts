/**
 * Staffing benchmark (issue 17): a full-day staffing of the border desks of the bundled day
 * scenario at 30-minute intervals ("p95wait<=10min", 10 replications per simulation of the
 * day), in this thread: wall time, simulations of the day and simulated replications.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Scenario } from '../sim/index.js';
import { planStaffing } from '../sim/sweep/staffing.js';
import { parseStaffingTarget } from '../sim/sweep/staffing-target.js';

export interface StaffingBench {
  scenario: string;
  station: string;
  intervalSeconds: number;
  target: string;
  replications: number;
  wallMs: number;
  iterations: number;
  simulatedReplications: number;
  replicationsPerSecond: number;
  allMet: boolean;
  staffHours: number;
  todayStaffHours: number;
}

const FILE = fileURLToPath(new URL('../scenarios/harbin-t1-entry-smart-day.json', import.meta.url));

export async function runStaffingBench(): Promise<StaffingBench> {
  const scenario = JSON.parse(readFileSync(FILE, 'utf8')) as Scenario;
  const t0 = performance.now();
  const r = await planStaffing(scenario, { stations: ['border'], intervalSeconds: 1800, target: parseStaffingTarget('p95wait<=10min') }, { replications: 10 });
  const wallMs = performance.now() - t0;
  const st = r.stations[0];
  return {
    scenario: 'harbin-t1-entry-smart-day.json',
    station: 'border',
    intervalSeconds: 1800,
    target: 'p95wait<=10min',
    replications: r.replications,
    wallMs: Math.round(wallMs),
    iterations: r.iterations,
    simulatedReplications: r.simulatedReplications,
    replicationsPerSecond: Math.round((r.simulatedReplications / (wallMs / 1000)) * 10) / 10,
    allMet: r.allMet,
    staffHours: st.staffHours,
    todayStaffHours: st.todayStaffHours,
  };
}

export function formatStaffingBenchReport(b: StaffingBench): string {
  return [
    `Staffing: ${b.station} of ${b.scenario}, ${b.intervalSeconds / 60}-min intervals, ${b.target}, ${b.replications} replications per day simulated (one thread)`,
    `  wall time              ${(b.wallMs / 1000).toFixed(2)} s`,
    `  simulations of the day ${b.iterations}`,
    `  replications           ${b.simulatedReplications} (${b.replicationsPerSecond} per second)`,
    `  answer                 ${b.staffHours} staff-hours (today's roster ${b.todayStaffHours}); every interval met: ${b.allMet ? 'yes' : 'no'}`,
  ].join('\n');
}
