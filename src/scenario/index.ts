// The public face of src/scenario: other layers import only from here.
export { MAX_FILE_BYTES, parseUntrusted } from './guard.ts';
export { loadScenarioText } from './load.ts';
export type { LoadResult, LoadedScenario } from './load.ts';
export { formatProblem } from './path.ts';
export { Id, Situation } from './schema.ts';
export type { CoercionMove, Effect, Issue, Scenario, TheoryId } from './schema.ts';
export { sourceUrl } from './source-url.ts';
export { CITATION_KINDS, SOURCE_KINDS } from './source-kinds.ts';
export type { SourceKind } from './source-kinds.ts';
