// Hostile save files, made from real saves of games on the small scenario (one with branches):
// tampered (a recorded result, a checkpoint, the trail, the seed, the settings, an event, a
// branch with a move the game does not allow, the scenario's hash), edited harmlessly (a player's
// name, a branch renamed, printed differently, a byte-order mark), given hostile values, or
// damaged as text. Whatever a save says, the reader must agree with its replay.
import { settingsFor, type GameEvent } from '../../src/machine/index.ts';
import { OUTCOME_IDS } from '../../src/model/index.ts';
import { addBranch, createSave, MAIN, type SaveFile } from '../../src/replay/index.ts';
import type { Scenario } from '../../src/scenario/index.ts';
import { policyByName } from '../../src/sim/policies/index.ts';
import { playGame } from '../../src/sim/play.ts';
import { addKey, BAD_KEYS, CONTROL_TEXTS, hostileValue, pathsOf, setAt } from './hostile-values.ts';
import type { Rng } from './random.ts';
import type { FuzzFile } from './scenario-files.ts';
import { damageText } from './text-mutations.ts';

export type SaveKind = 'tamper' | 'benign' | 'hostile' | 'text';

export interface SaveFuzzFile extends FuzzFile {
  group: SaveKind;
}

export interface SaveBases {
  saves: SaveFile[];
  /** Events seen in real games, for replacing one event with another. */
  palette: GameEvent[];
}

export function saveBases(scenario: Scenario, hash: string): SaveBases {
  const games = [
    ['broker', 17],
    ['passive', 3],
    ['manipulator', 8],
    ['formulator', 21],
  ] as const;
  const played = games.map(([policy, seed]) => ({ seed, events: playGame(scenario, policyByName(policy)!, seed, settingsFor(seed)).events }));
  const saves = played.map((g) => createSave(scenario, hash, settingsFor(g.seed), g.events));
  // A tree: a whole other game from the start (same seed), and an empty branch of that branch.
  const other = playGame(scenario, policyByName('random')!, 17, settingsFor(17)).events;
  const withBranch = addBranch(saves[0]!, MAIN, 0, other, 'From the start').save;
  saves.push(addBranch(withBranch, 'b1', Math.min(5, other.length), [], 'Five moves in').save);
  const palette = [...new Map(played.flatMap((g) => g.events).map((e) => [JSON.stringify(e), e])).values()];
  return { saves, palette };
}

type Save = SaveFile & Record<string, unknown>;

function hexChange(hash: string, rng: Rng): string {
  const i = rng.int(hash.length);
  const c = hash[i] === '0' ? '1' : '0';
  return hash.slice(0, i) + c + hash.slice(i + 1);
}

/** A change to what the save records or to its moves: the reader must refuse it, or the result must still match the replay. */
function tamper(rng: Rng, s: Save, palette: readonly GameEvent[]): string {
  const i = rng.int(Math.max(1, s.events.length));
  switch (rng.int(15)) {
    case 0: {
      const other = [...OUTCOME_IDS, null].filter((o) => o !== s.outcome);
      s.outcome = rng.pick(other);
      return 'outcome';
    }
    case 1:
      s.rounds = Math.max(1, Math.min(40, (s.rounds ?? 1) + rng.pick([-1, 1, 2])));
      return 'rounds';
    case 2:
      s.checkpoints.splice(rng.int(s.checkpoints.length), 1);
      return 'a checkpoint removed';
    case 3: {
      const c = s.checkpoints[rng.int(s.checkpoints.length)]!;
      const field = rng.pick(['event', 'round', 'hash'] as const);
      if (field === 'hash') c.hash = hexChange(c.hash, rng);
      else c[field] = Math.max(0, c[field] + rng.pick([-1, 1]));
      return `a checkpoint's ${field}`;
    }
    case 4:
      s.finalStateHash = hexChange(s.finalStateHash, rng);
      return 'finalStateHash';
    case 5:
      s.trail = rng.chance(0.5) ? hexChange(s.trail, rng) : s.trail.slice(0, -6);
      return 'trail';
    case 6:
      s.seed += rng.pick([-1, 1]);
      return 'seed';
    case 7: {
      const field = rng.pick(['difficulty', 'allowDistortion', 'names', 'people', 'rounds'] as const);
      if (field === 'difficulty') s.settings.difficulty = s.settings.difficulty === 'standard' ? 'hard' : 'standard';
      else if (field === 'allowDistortion') s.settings.allowDistortion = !s.settings.allowDistortion;
      else if (field === 'names') s.settings.names = s.settings.names === 'names' ? 'titles' : 'names';
      else if (field === 'people') s.settings.people = [!s.settings.people[0], s.settings.people[1]];
      else s.settings.rounds = s.settings.rounds === 2 ? 1 : 2;
      return `settings.${field}`;
    }
    case 8:
      s.events[i] = rng.pick(palette);
      return `event ${i} replaced`;
    case 9:
      s.events.splice(i, 1);
      return `event ${i} removed`;
    case 10:
      s.events.splice(i, 0, rng.pick(palette));
      return `an event put in at ${i}`;
    case 11:
      s.events = s.events.slice(0, i);
      return `events cut at ${i}`;
    case 12: {
      const at = rng.int(s.events.length + 1);
      s.branches.push({ id: `b${s.branches.length + 9}`, name: 'Illegal', parent: MAIN, at, events: [rng.pick(palette), { type: 'CONTINUE' }, rng.pick(palette)] });
      return `a branch at ${at} with moves that may not be allowed`;
    }
    case 13:
      s.scenario.hash = hexChange(s.scenario.hash, rng);
      return 'scenario.hash';
    default:
      (s as Record<string, unknown>)[rng.pick(['rules', 'version'])] = rng.pick([1, 3, 99, '2']);
      return 'rules or version';
  }
}

/** A change that leaves the game as it was: the reader must still open the save. */
function benign(rng: Rng, s: Save): { text: string; what: string; bom: boolean } {
  switch (rng.int(4)) {
    case 0:
      s.player = rng.pick(['Team Blue', 'Ana & Ben', 'Группа 3', 'فريق', 'x'.repeat(60)]);
      return { text: JSON.stringify(s), what: 'a player name', bom: false };
    case 1:
      if (s.branches[0]) s.branches[0].name = rng.pick(['Plan B', 'Ünïcödé line', 'ok']);
      return { text: JSON.stringify(s), what: 'a branch renamed', bom: false };
    case 2: {
      const reordered = Object.fromEntries(Object.entries(s).reverse());
      return { text: JSON.stringify(reordered, null, rng.pick([1, 2, '\t'])), what: 'keys reordered and indented', bom: false };
    }
    default:
      return { text: JSON.stringify(s), what: 'a byte-order mark', bom: true };
  }
}

function hostile(rng: Rng, s: Save): string {
  switch (rng.int(4)) {
    case 0:
      s.player = rng.pick(CONTROL_TEXTS);
      return 'control characters in the player name';
    case 1:
      if (s.branches[0]) s.branches[0].name = rng.pick(CONTROL_TEXTS);
      else s.player = '';
      return 'control characters in a branch name';
    case 2: {
      const path = rng.pick(pathsOf(s));
      setAt(s, path, hostileValue(rng));
      return `replaced ${path.join('.')}`;
    }
    default:
      addKey(s, rng, rng.pick(BAD_KEYS), hostileValue(rng));
      return 'added a key';
  }
}

export function hostileSave(rng: Rng, bases: SaveBases): SaveFuzzFile {
  const s = structuredClone(rng.pick(bases.saves)) as Save;
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const roll = rng.next();
  if (roll < 0.5) {
    const what = tamper(rng, s, bases.palette);
    return { name: 'save.json', group: 'tamper', kind: `tampered: ${what}`, bytes: utf8(JSON.stringify(s)) };
  }
  if (roll < 0.65) {
    const { text, what, bom } = benign(rng, s);
    return { name: 'save.json', group: 'benign', kind: `harmless: ${what}`, bytes: bom ? Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]) : utf8(text) };
  }
  if (roll < 0.85) {
    const what = hostile(rng, s);
    return { name: 'save.json', group: 'hostile', kind: `hostile: ${what}`, bytes: utf8(JSON.stringify(s)) };
  }
  const damaged = damageText(rng, JSON.stringify(s, null, 1), 'json');
  return { name: 'save.json', group: 'text', kind: `text: ${damaged.kind}`, bytes: damaged.bytes };
}
