// The public face of src/replay: other layers import only from here.
export { MAIN, addBranch, branchTree, deleteBranch, lineEvents, renameBranch, restoreBranches } from './branches.ts';
export type { LineNode } from './branches.ts';
export { COMPARED_METERS, compareLines, isSharedMeter, meterGaps, meterPoint, pointValue, statesAlong } from './compare.ts';
export type { Comparison, FinalText, MeterPoint } from './compare.ts';
export { historyBeside } from './history.ts';
export type { HistoryBeside, HistorySource, LineRound, RealEvent } from './history.ts';
export { replay, stateHash } from './replay.ts';
export { checkSave, createSave, MAX_PLAYER_NAME, openSave, openSaveAsync, parseSave, roundsPlayed, SAVE_VERSION, settingsOf } from './save.ts';
export type { Branch, FoundScenario, Hint, OtherRules, ParsedSave, Replayed, SaveCheck, SaveFile, SaveOptions, SaveProblem, SaveRefusal, SaveVerdict } from './save.ts';
export { HIDDEN_SIDE_METERS, isHidden, MeterHistory, SHARED_METERS, VISIBLE_SIDE_METERS } from './meter-history.ts';
export type { SeriesMeter } from './meter-history.ts';
export { readRecord } from './record.ts';
export type { MediatorRecord, MediatorRecordSummary, PersonAnswer } from './record.ts';
export { summarise } from './record.ts';
