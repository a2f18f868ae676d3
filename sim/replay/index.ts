/**
 * The replay: a run told as an animation (DESIGN.md, trainers). The file format, rebuilding
 * the trace from scenario and seed, the frame model, the timeline and the floor plan.
 */
export { REPLAY_FORMAT, REPLAY_LIMITS, DEFAULT_RECORD_VISITS, replayFileSchema, validateReplay, validateReplayText, replayToJson, serializeReplay } from './replay-file.js';
export type { Bookmark, ReplayDocument, ReplayPhase, ReplayValidation, ReplayValidationOptions } from './replay-file.js';
export { encodeTrace, decodeTrace, traceErrors } from './stored-trace.js';
export type { StoredTrace } from './stored-trace.js';
export { rebuildTrace } from './rebuild-trace.js';
export { replayDigest } from './replay-digest.js';
export type { RebuiltTrace } from './rebuild-trace.js';
export { buildReplayIndex, countAtOrBelow } from './replay-index.js';
export type { ReplayIndex } from './replay-index.js';
export { computeFrame, createFrame, PaxState, RECENT_CLEARANCES } from './frame-model.js';
export type { Frame } from './frame-model.js';
export { buildEvents, buildQueueCurve, nextEventIndex, previousEventIndex, EventKind } from './timeline.js';
export type { ReplayEvents, QueueCurve } from './timeline.js';
export { layoutFloorPlan } from './floor-plan.js';
export type { FloorPlan, StationLayout } from './floor-plan.js';
export { placePassengers, queuePosition, idJitter } from './place-passengers.js';
export { buildReplayModel, journeyOf } from './replay-model.js';
export type { ReplayModel, Journey, JourneyStep } from './replay-model.js';
