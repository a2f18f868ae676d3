/**
 * LaneSim's simulation core: the public API (DESIGN.md). Pure TypeScript; runs the same
 * in Node, a Web Worker and Electron.
 */
import { capErrors, validateScenario, validateScenarioText, MAX_ERRORS, type ValidationError, type ValidationResult } from './scenario/validate.js';
import { compareResults, type Comparison } from './stats/compare-results.js';
import { run, type RunOptions } from './run.js';
import type { Scenario } from './scenario/scenario-schema.js';

export { validateScenario, validateScenarioText, capErrors, MAX_ERRORS };
export { describeJsonSyntaxError, findJsonSyntaxError, jsonSyntaxProblem, jsonWantEnglish, type JsonSyntaxError, type JsonWant } from './scenario/json-syntax-error.js';
export type { IssueValue, IssueValues, ValidationCode } from './scenario/validation-error.js';
export { estimateVolume, BUDGETS, figure } from './model/volume-estimate.js';
export type { VolumeEstimate } from './model/volume-estimate.js';
export { escapeControls, neutraliseFormula } from './export/text-safety.js';
export type { ValidationError, ValidationResult };
export { run, runDetailed, prepareRun, runBlock, blockSteps, runRecorded, emptyBlock, finishRun, defaultInterval, DEFAULT_REPLICATIONS, MAX_REPLICATIONS } from './run.js';
export type { BlockOptions } from './run.js';
export { mergeBlocks, BLOCK_FORMAT } from './stats/block-stats.js';
export { blockShapeProblem, type BlockShapeProblem } from './stats/block-shape.js';
export type { BlockStats, ClearanceColumns, ClassColumns, StationColumns, SeriesSums } from './stats/block-stats.js';
export { histogramQuantiles, mergeHistograms, RELATIVE_ERROR as HISTOGRAM_RELATIVE_ERROR } from './stats/histogram.js';
export type { HistogramData } from './stats/histogram.js';
export type { RunOptions, PreparedRun } from './run.js';
export { compareResults, arePaired, COMPARISON_FORMAT } from './stats/compare-results.js';
export type { Comparison, MetricComparison } from './stats/compare-results.js';
export { SimulationError } from './simulation-error.js';
export { own } from './scenario/own-key.js';
export type { SimulationErrorCode } from './simulation-error.js';
export { SCENARIO_FORMAT, scenarioSchema, LIMITS } from './scenario/scenario-schema.js';
export type { Scenario, Station, Arrival, PassengerClass, Branch, Alarm, Next, StationMode } from './scenario/scenario-schema.js';
export type { Distribution, DistKind } from './scenario/distribution-schema.js';
export { DIST_KINDS } from './scenario/distribution-schema.js';
export { compileScenario, DEFAULT_TARGET_SECONDS } from './scenario/compile.js';
export type { CompiledLane } from './scenario/compile.js';
export { sample } from './engine/distributions.js';
export { compileDist } from './scenario/compile-dist.js';
export { RandomStream } from './engine/random-stream.js';
export { offeredLoads } from './model/offered-load.js';
export { overloadErrors } from './model/overload-errors.js';
export type { StationLoad } from './model/offered-load.js';
export { scenarioHash, canonicalJson } from './scenario/scenario-hash.js';
export { RESULT_FORMAT } from './stats/result-types.js';
export type * from './stats/result-types.js';
export { ENGINE_VERSION } from './version.js';

/** Validates a JSON value: the scenario, or every error with its JSON path. */
export function validate(json: unknown): ValidationResult {
  return validateScenario(json);
}

/**
 * Runs two scenarios with the same seed and replications (common random numbers) and
 * compares b against a.
 */
export function compare(a: Scenario, b: Scenario, options: RunOptions = {}): Comparison {
  return compareResults(run(a, options), run(b, { ...options, onProgress: undefined }));
}
export { parseParamPath, getParam, setParamRaw, ParamPathError } from './sweep/param-path.js';
export type { ParamPath, PathStep } from './sweep/param-path.js';
export { setParam, setParams } from './sweep/set-param.js';
export { parseMetric, readMetric, checkMetric, metricInfo, metricKey, metricLabel, LANE_METRICS, STATION_METRICS } from './sweep/metrics.js';
export type { MetricSpec, MetricName, MetricInfo, MetricValue } from './sweep/metrics.js';
export { parseValueList, parseRange, MAX_SWEEP_VALUES } from './sweep/values.js';
export { sweep, sweepPoints, runSweepPoint, summarizeSweep, SWEEP_FORMAT } from './sweep/sweep.js';
export type { SweepSpec, SweepParam, SweepPoint, PointOutcome, SweepRow, SweepResult, SweepOptions, SweepProgress } from './sweep/sweep.js';
export { parseTarget, targetLabel, verdict } from './sweep/target.js';
export type { Target, Verdict } from './sweep/target.js';
export { planCapacity, planCapacityOn, scaleSchedule, PLAN_FORMAT, DEFAULT_PLAN_REPLICATIONS, DEFAULT_PLAN_MAX_REPLICATIONS } from './sweep/capacity-plan.js';
export type { PlanBlockRequest, PlanBlockRunner, PlanSpec, PlanStation, PlanOptions, PlanProgress, PlanResult, PlanEvaluation, PlanNeighbour, PlanStatus, PlanStationCheck, PlanLargerMiss } from './sweep/capacity-plan.js';
export { displayNames } from './scenario/display-names.js';
export type { DisplayNames } from './scenario/display-names.js';
export type { Translation } from './scenario/scenario-schema.js';
export { consolidate, ConsolidateError } from './scenario/consolidate.js';
export type { ConsolidateSpec, ConsolidateResult } from './scenario/consolidate.js';
export { split } from './scenario/split.js';
export type { SplitResult } from './scenario/split.js';
export { combineDists } from './scenario/combine-service.js';
export type { CombineRule } from './scenario/combine-service.js';
export { laneStructure, baggageSystemChecks } from './scenario/structure.js';
export type { LaneStructure, PathStructure, StructureStation } from './scenario/structure.js';
export { mapStations } from './stats/station-mapping.js';
export type { StationMapping, MappingKind } from './stats/station-mapping.js';
export type { StructureComparison, StructureCounts, MappedStationRow, SideSeconds } from './stats/compare-structure.js';
export type { Attribution, PartDifference } from './stats/compare-attribution.js';
export type { Decomposition, DecompositionGroup, PartFigures } from './stats/summarize-decomposition.js';
export { PARTS } from './stats/collectors/decomposition-collector.js';
export type { Part } from './stats/collectors/decomposition-collector.js';
export type { MergedFrom, SourceStation } from './scenario/scenario-schema.js';
export { parseClockTime, secondsFromStart, looksLikeClock, SECONDS_PER_DAY } from './clock/clock-time.js';
export type { ClockTime } from './clock/clock-time.js';
export { parseDuration } from './clock/duration.js';
export { scenarioClock, clockLabel, clockStamp, hhmm } from './clock/format-clock.js';
export type { ScenarioClock } from './clock/format-clock.js';
export { resolveClockTimes, CLOCK_FIELDS } from './clock/resolve-clock.js';
export { branchShares, compiledTargets, EXIT, reachableFrom, reachingExit, routesOf, routeTargets, successors } from './scenario/lane-graph.js';
export type { Route } from './scenario/lane-graph.js';
export { planStaffing, applyStaffing, checkStaffing, toSchedule, STAFFING_FORMAT, DEFAULT_STAFFING_REPLICATIONS } from './sweep/staffing.js';
export type { StaffingResult, StaffingStation, StaffingInterval, StaffingOptions, StaffingSpec, StaffingStop } from './sweep/staffing.js';
export { parseStaffingTarget, parseStaffingInterval } from './sweep/staffing-target.js';
export type { StaffingTarget } from './sweep/staffing-target.js';
export { parseRosterDoc, scheduleBars, ROSTER_FORMAT } from './sweep/roster-doc.js';
export type { RosterDoc } from './sweep/roster-doc.js';
export type { ShiftChoice } from './sweep/roster-model.js';
