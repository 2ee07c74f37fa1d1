// "Nothing about one case may be hard-coded outside its scenario file": the names each shipped
// scenario brings (its delegations, people, place, issues and options, its glossary terms) must
// not appear anywhere in src/, code or comment. Only the default scenario's file name, which is
// configuration, may be named (DEFAULT_SCENARIO_FILE and the command line's default).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadScenarioText } from '../../src/scenario/load.ts';
import type { Scenario } from '../../src/scenario/schema.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const FILES = ['muscat-2026.yaml', 'camp-david-1978.yaml', 'dayton-1995.yaml'];

/** Where a scenario's file name may appear (the default is configuration), and only as that string. */
const DEFAULT_FILE_ALLOWED: Record<string, string> = {
  'src/game/play/catalog.ts': "'muscat-2026.yaml'",
  'src/cli/scenarios.ts': "'muscat-2026.yaml'",
};

/** Words so common in any negotiation that the engine may use them; a name made only of them is not a case's name. */
const GENERIC = new Set(
  'a an the of and or in on at to for by with as it its is no not all any one two three five some each up ten part later talks deal inside parallel track excluded text limits years year united states delegation framework agreement relief peace security relations normal sanctions verification duration sunset standard only human rights scope issues'.split(' '),
);

function load(file: string): Scenario {
  const r = loadScenarioText(readFileSync(join(ROOT, 'scenarios', file), 'utf8'), file);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.scenario;
}

/** The names that identify this case: every one is a phrase with at least one word that is not generic. */
function caseNames(s: Scenario): string[] {
  const names = [
    s.id,
    s.title,
    ...s.place.split(',').map((p) => p.trim()),
    s.mediator.name,
    s.mediator.title,
    ...s.delegations.flatMap((d) => [d.name, d.shortName, d.capital, ...d.members.flatMap((m) => [m.name, m.title])]),
    ...s.issues.flatMap((i) => [i.name, ...i.options.map((o) => o.label)]),
    ...(s.glossary ?? []).map((t) => t.term),
    ...s.mediator.guarantees.map((g) => g.name),
  ];
  const distinctive = (n: string) => n.length >= 4 && n.split(/[^\p{L}\p{N}%]+/u).some((w) => w.length >= 3 && !GENERIC.has(w.toLowerCase()));
  return [...new Set(names.filter(distinctive))];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? sourceFiles(path) : /\.ts$/.test(e.name) ? [path] : [];
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wholeWord = (name: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'iu');

describe('the engine knows no case', () => {
  const names = FILES.map((f) => ({ file: f, names: caseNames(load(f)) }));

  it('has a meaningful list of names from each scenario file', () => {
    for (const { file, names: list } of names) {
      expect(list.length, file).toBeGreaterThan(40);
      // People, places and delegations are there, not only issue labels.
      expect(list, file).toEqual(expect.arrayContaining([load(file).delegations[0]!.shortName, load(file).delegations[1]!.members[0]!.name]));
    }
    expect(names[0]!.names).toEqual(expect.arrayContaining(['Muscat', 'Oman', 'Tehran', 'Washington', 'Snapback', 'Strait of Hormuz']));
    expect(names[1]!.names).toEqual(expect.arrayContaining(['Camp David', 'Egypt', 'Israel', 'Anwar Sadat', 'Menachem Begin', 'Sinai']));
  });

  it('finds none of them in src/ (outside the default file name)', () => {
    const found: string[] = [];
    for (const path of sourceFiles(join(ROOT, 'src'))) {
      const rel = relative(ROOT, path);
      let text = readFileSync(path, 'utf8');
      const allowed = DEFAULT_FILE_ALLOWED[rel];
      if (allowed) text = text.split(allowed).join("''");
      for (const { file, names: list } of names) {
        for (const name of list) {
          const m = wholeWord(name).exec(text);
          if (m) found.push(`${rel}:${text.slice(0, m.index).split('\n').length}: "${name}" (from ${file})`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('would notice a name: the scan finds a case name in a line of code', () => {
    const muscat = names[0]!.names;
    expect(muscat.some((n) => wholeWord(n).test("const hall = 'Muscat palace';"))).toBe(true);
    expect(muscat.some((n) => wholeWord(n).test('const hall = scenario.mediator.hallName;'))).toBe(false);
  });
});
