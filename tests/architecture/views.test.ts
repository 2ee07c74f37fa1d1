// Screens, words and hints see a game in play only through the mediator's view (machine/view.ts)
// or, for a delegation's own seat, its delegation view: src/game and src/present may take types
// from the model, and its pure data helpers, but never its rules. The rules run in the machine.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Values of the model that only read data: decoding a text, naming an issue, the scenario's constants. */
const DATA_HELPERS = new Set([
  'itemAt', 'optionAt', 'withItem', 'packageOf', 'UNKNOWN', 'OPEN', 'redLineCode',
  'issuePhrase', 'other', 'issueIndex', 'sideIndex', 'compile', 'priorityOf',
  'OUTCOME_IDS', 'DIFFICULTIES', 'TEACHER', 'MAX_EXTENSION_HOURS',
  // The mediator's notebook (in the view) summed up: its beliefs as numbers, never the truth.
  'summarise', 'PARTICLES',
  // Who is party to what with more than two delegations, and which message waits in which slot
  // of the public mailboxes: reading the scenario and the view, no rule.
  'othersOf', 'named', 'offerTo', 'waitingFor', 'firstSenderTo', 'sendersTo',
]);
/** The analysis of a finished game, when the hidden values are revealed (the outcome screen, the debrief). */
const AFTER_THE_GAME = new Set(['textStanding', 'paretoFrontier', 'paretoFrontierN', 'packageUtility', 'ratificationMargin', 'nashPoint', 'expressibleFrontier']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The value names a file imports from the model's face (type imports left out). */
export function modelValues(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s*from\s*'[./]*\/model\/index\.ts'/g)) {
    if (m[1]) continue;
    for (const part of m[2]!.split(',').map((p) => p.trim()).filter(Boolean)) if (!part.startsWith('type ')) out.push(part.split(/\s+as\s+/)[0]!);
  }
  return out;
}

describe('screens see the game only through its views', () => {
  it('the rule reads imports as they are written', () => {
    expect(modelValues("import { itemAt, type GameState, utility } from '../../model/index.ts';\nimport type { Package } from '../../model/index.ts';")).toEqual(['itemAt', 'utility']);
  });

  it('src/game and src/present import no rule of the model', () => {
    const found: string[] = [];
    for (const file of [...files('src/game'), ...files('src/present')]) {
      const allowed = file.startsWith(join('src', 'present', 'views', 'text-analysis.ts')) ? new Set([...DATA_HELPERS, ...AFTER_THE_GAME]) : DATA_HELPERS;
      for (const name of modelValues(readFileSync(file, 'utf8'))) if (!allowed.has(name)) found.push(`${file}: ${name}`);
    }
    expect(found).toEqual([]);
  });
});
