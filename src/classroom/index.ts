// The public face of src/classroom: other layers import only from here.
export { MAX_CODE_ROUNDS, MAX_CODE_SEED, decodeClassCode, encodeClassCode } from './code.ts';
export type { ClassSetup, DecodeResult } from './code.ts';
export { classPackFileName, makeClassPack, readClassPack } from './pack.ts';
export type { PackResult } from './pack.ts';
export { compareClass } from './compare-class.ts';
export type { ClassComparison, ClassFile } from './compare-class.ts';
export { findTerm, glossaryEntry, glossaryFor, termSegments } from './glossary.ts';
export type { GlossaryEntry } from './glossary.ts';
export type { BargainingChart, Debrief, MeterChart, MeterSeries, SideRef, SourceRef, TextAnalysis } from './types.ts';
export { buildDebrief } from './debrief.ts';
export { countHints, tookHint } from './hints.ts';
export type { HintCount } from './hints.ts';
export { debriefJson } from './json.ts';
export { debriefMarkdown } from './markdown.ts';
