// The public face of src/scenario: other layers import only from here.
export { decodeFile, stripBom } from './decode.ts';
export type { Decoded } from './decode.ts';
export { formatOf, MAX_FILE_BYTES, parseUntrusted } from './guard.ts';
export type { Parsed, TextFormat } from './guard.ts';
export { issueProblems } from './issue-words.ts';
export { loadScenarioFile, loadScenarioText } from './load.ts';
export type { LoadResult, LoadedScenario } from './load.ts';
export type { Locate } from './locate.ts';
export { formatPath, formatProblem } from './path.ts';
export type { Position, Problem } from './path.ts';
export { realEnding } from './ending.ts';
export { Id, MIN_ALIAS_LENGTH, PRESSURE_ICONS, Situation, VENUES } from './schema.ts';
export { DIALOGUE_PLACEHOLDERS } from './placeholders.ts';
export type { DialoguePlaceholder } from './placeholders.ts';
export type { CoercionMove, Effect, Ending, Issue, PressureIcon, Scenario, Setting, TheoryId, Venue } from './schema.ts';
export { sourceUrl } from './source-url.ts';
export { CITATION_KINDS, SOURCE_KINDS } from './source-kinds.ts';
export type { SourceKind } from './source-kinds.ts';
