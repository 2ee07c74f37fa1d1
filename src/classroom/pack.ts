// Class packs: a scenario file and a class code in one file, so a class can play a scenario the
// teacher opened from disk (a code alone names only scenarios shipped with the game). The pack
// carries the scenario's text as written, and is read as untrusted as any file: the same reader
// as a scenario opened from disk, and the code checked against the scenario it carries.
import { z } from 'zod';
import { decodeFile, formatProblem, loadScenarioText, parseUntrusted, type Scenario } from '../scenario/index.ts';
import { classroomWords } from '../present/index.ts';
import { decodeClassCode, type ClassSetup } from './code.ts';

export const PACK_KIND = 'shuttle-class-pack';
export const PACK_FORMAT = 1;

/** What a pack holds: the scenario's file name and text, and the class code. */
export interface ClassPack {
  kind: typeof PACK_KIND;
  format: number;
  code: string;
  scenario: { fileName: string; text: string };
}

const PackSchema = z.strictObject({
  kind: z.literal(PACK_KIND),
  format: z.number().int().positive(),
  code: z.string().max(64),
  scenario: z.strictObject({ fileName: z.string().max(200), text: z.string() }),
});

export type PackResult = ({ ok: true; scenario: Scenario; hash: string; fileName: string; text: string } & ClassSetup) | { ok: false; error: string };

/** The pack's text (JSON, so a teacher can read what it holds). */
export function makeClassPack(code: string, fileName: string, scenarioText: string): string {
  const pack: ClassPack = { kind: PACK_KIND, format: PACK_FORMAT, code, scenario: { fileName, text: scenarioText } };
  return `${JSON.stringify(pack, null, 2)}\n`;
}

/** Where a pack is saved: the scenario's id and the code say which class it is. */
export function classPackFileName(scenarioId: string, code: string): string {
  return classroomWords().compareClass.pack.fileName({ id: scenarioId, code: code.replace(/[^0-9A-Z-]/gi, '') });
}

/** Shown problems of a scenario: the first few, and how many more. */
const SHOWN = 3;

/** A pack opened from disk (its bytes): the scenario it carries and the game its code starts, or why not. */
export function readClassPack(bytes: Uint8Array, file: string): PackResult {
  const w = classroomWords().compareClass.pack;
  const decoded = decodeFile(bytes);
  if (!decoded.ok) return { ok: false, error: w.badFile({ file, why: formatProblem(decoded.problem) }) };
  const parsed = parseUntrusted(decoded.text, 'json');
  if (!parsed.ok) return { ok: false, error: w.notJson(file) };
  const value = parsed.value;
  const kind = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)['kind'] : undefined;
  if (kind !== PACK_KIND) return { ok: false, error: w.notPack(file) };
  const format = (value as Record<string, unknown>)['format'];
  if (typeof format === 'number' && format > PACK_FORMAT) return { ok: false, error: w.newerFormat({ file, format }) };
  const pack = PackSchema.safeParse(value);
  if (!pack.success) return { ok: false, error: w.notPack(file) };
  const { code, scenario } = pack.data;
  const loaded = loadScenarioText(scenario.text, scenario.fileName);
  if (!loaded.ok) return { ok: false, error: w.badScenario({ file, problems: loaded.errors.slice(0, SHOWN), more: Math.max(0, loaded.errors.length - SHOWN) }) };
  const setup = decodeClassCode(code, [loaded.scenario.id]);
  if (!setup.ok) return { ok: false, error: setup.error === classroomWords().compareClass.code.noScenario ? w.wrongScenario(file) : w.badCode({ file, why: setup.error }) };
  return { ok: true, scenario: loaded.scenario, hash: loaded.hash, fileName: scenario.fileName, text: scenario.text, scenarioId: setup.scenarioId, settings: setup.settings };
}
