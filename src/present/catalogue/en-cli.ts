// The English words of the `shuttle` command's reports (src/cli): a game's transcript, the batch
// and tournament tables, a replayed or validated file, the what-if explorer's results. The
// outcome and column ids stay ids (they are the --json fields a script reads). The errors about
// arguments and files (CliError) are the tool's own diagnostics, like errors thrown for developers.
import { fmt } from './formatters.ts';
import { num } from './en-forms.ts';
import { tune } from './en-cli-tune.ts';

/** A fallback or a text's worth (0–1 in the model): on 0–100, as the game and the debrief print it. */
const worth = (x: number) => fmt().decimal(x * 100, 1);
/** The tournament's utilities and distances (0–1), as its --json reports them: three decimals. */
const u3 = (x: number) => fmt().decimal(x, 3);
/** A share of games as the tables print it: "12.5%". */
const share = (n: number, of: number) => `${fmt().decimal((100 * n) / Math.max(1, of), 1)}%`;
const seconds = (s: number) => fmt().decimal(s, 2);

export const cli = {
  /** `shuttle` alone, `shuttle help`, or an unknown command: the commands and their options. */
  usage: (p: { policies: readonly string[]; defaultPolicy: string }) => `usage:
  shuttle sim [--scenario <file>] [--seed <n>] [--policy <name>] [--json] [--save <file>]
  shuttle sim --batch <n> [--scenario <file>] [--seed <n>] [--policy <name>|all] [--json]
  shuttle replay <save file> [--scenario <file>] [--json]
  shuttle validate <scenario or save file> [--scenario <file>]
  shuttle whatif <save file> --at <step> [--scenario <file>] [--n <count>] [--policy <name>|all (default: all but the planner)] [--decisions <runs each>] [--hidden beliefs|truth] [--json]
  shuttle tournament [--policy <name>|all|<module.mjs|.js|.ts>]... [--scenario <file>] [--games <n>] [--seed <n>] [--workers <n>] [--json]
  shuttle tune <scenario file> [--games <n>] [--planner-games <n>] [--sensitivity-games <n>] [--seed <n>] [--policy <name>] [--only <number path prefix>] [--workers <n>] [--json]
policies: ${p.policies.join(', ')} (default ${p.defaultPolicy}); a tournament also takes policy modules (docs/policies.md)`,
  /** One game, as `shuttle sim` prints it. */
  transcript: {
    header: (p: { title: string; policy: string; description: string | null; seed: number }) =>
      `Shuttle Diplomacy: ${p.title}. Mediator policy: ${p.policy}${p.description ? ` (${p.description})` : ''}. Seed ${p.seed}.`,
    day: (p: { label: string; date: string; venue: string }) => `== ${p.label} (${fmt().shortDate(p.date)}, ${p.venue}) ==`,
    place: (name: string) => `  [${name}]`,
    mediator: (text: string) => `    > ${text}`,
    said: (p: { who: string; text: string; onRecord: boolean }) => `    ${p.who}: ${p.text}${p.onRecord ? ' (on the record)' : ''}`,
    /** A delegation's reply, which names the delegation itself. */
    report: (text: string) => `    · ${text}`,
    news: '  News:',
    /** `report`: what a reported event rests on ("participant’s memoir"), null when it is not a report. */
    newsLine: (p: { date: string; headline: string; report: string | null; cause: string }) =>
      `    ${fmt().shortDate(p.date)}  ${p.headline}${p.report ? ` (${p.report})` : ''}  [cause: ${p.cause}]`,
    moved: '  What moved:',
    /** A meter's day, with the rules that moved it (their ids, as in the ledger). */
    meter: (p: { meter: string; side: string | null; from: string; to: string; rules: readonly string[] }) =>
      `    ${p.meter}${p.side === null ? '' : ` (${p.side})`}: ${p.from} -> ${p.to}  [${p.rules.join(', ')}]`,
    value: (x: number) => num(x),
    text: (p: { kind: 'agreed' | 'banked' | 'draft'; version: number }) => `== The ${p.kind} text (version ${num(p.version)}) ==`,
    item: (p: { issue: string; option: string }) => `    ${p.issue}: ${p.option}`,
    /** Per delegation, in order (two or more). */
    worth: (p: { sides: readonly string[]; worth: readonly number[]; fallbacks: readonly number[] }) =>
      `  Worth (0–100, each in its own terms) to ${p.sides.map((side, k) => `${side}: ${worth(p.worth[k]!)} (fallback ${worth(p.fallbacks[k]!)})`).join('; to ')}`,
    /** The Nash point's worth to each delegation, in order. */
    nash: (p: { sides: readonly string[]; worth: readonly number[] }) => `  Nash bargaining point (among texts that cross no red line): worth ${p.sides.map((side, k) => `${worth(p.worth[k]!)} to ${side}`).join(', ')}`,
    noZone: '  No text beats both fallbacks: there is no zone of agreement left.',
    /** The id (what --json reports) and the scenario's own name for it. */
    outcome: (p: { id: string | null; name: string | null; reason: string }) => `Outcome: ${p.id ?? 'unfinished'}${p.name ? ` (${p.name})` : ''}: ${p.reason}`,
  },
  finalHash: (p: { hash: string; savedTo: string | null }) => `Final state hash: ${p.hash}${p.savedTo === null ? '' : `  (saved to ${p.savedTo})`}`,

  /** `shuttle sim --batch`. */
  batch: {
    title: (p: { games: number; scenario: string; first: number; last: number }) => `${p.games} games per policy on ${p.scenario}, seeds ${p.first}..${p.last}`,
    policy: 'policy',
    perSecond: 'games/s',
    share,
    total: (p: { games: number; seconds: number; perSecond: number }) => `${p.games} games in ${seconds(p.seconds)} s: ${p.perSecond} games/s`,
  },

  /** `shuttle replay` and `shuttle validate`. */
  files: {
    replayed: (p: { file: string; events: number; outcome: string | null; rounds: number; player: string | null }) =>
      `${p.file}: ${p.events} events replayed, outcome ${p.outcome ?? 'unfinished'}, ${p.rounds} ${p.rounds === 1 ? 'round' : 'rounds'}${p.player ? `, played by ${p.player}` : ''}`,
    validSave: (p: { file: string; events: number; outcome: string | null; rounds: number; branches: number; settings: string }) =>
      `${p.file}: a valid save (${p.events} events, outcome ${p.outcome ?? 'unfinished'}, ${p.rounds} ${p.rounds === 1 ? 'round' : 'rounds'}, ${p.branches} ${p.branches === 1 ? 'branch' : 'branches'}, settings ${p.settings})`,
    validScenario: (p: { file: string; title: string; hash: string }) => `${p.file}: a valid scenario ("${p.title}", hash ${p.hash})`,
  },

  /** `shuttle whatif`. */
  whatif: {
    title: (p: { at: number; of: number; runs: number; policies: readonly string[]; seconds: number }) =>
      `What if, after event ${p.at} of ${p.of}: ${p.runs} continuations (${p.policies.join(', ')}) in ${seconds(p.seconds)} s`,
    hidden: {
      beliefs: "Hidden values: sampled from the mediator's notebook at that step (its beliefs; --hidden truth shows the game's own).",
      truth: "Hidden values: the game's true ones (teaching mode: the mediator could not know them).",
    },
    all: 'all',
    score: 'score',
    share,
    figure: (x: number) => fmt().decimal(x, 2),
    moves: 'The next moves that change it most (score shift against continuing as above):',
    move: (p: { shift: number; words: string }) => `  ${p.shift >= 0 ? '+' : ''}${fmt().decimal(p.shift, 2)}  ${p.words}`,
  },

  /** `shuttle tournament`. */
  tournament: {
    title: (p: { scenario: string; hash: string; games: number; first: number; last: number }) =>
      `Tournament on ${p.scenario} (hash ${p.hash}): ${p.games} games per policy, seeds ${p.first}..${p.last}`,
    columns: { policy: 'policy', refused: 'refused', malformed: 'malformed', capped: 'capped', utility: 'utility', toNash: 'to Nash', perSecond: 'games/s' },
    share,
    figure: (x: number | null) => (x === null ? '-' : u3(x)),
    /** One figure per delegation, in order. */
    pair: (p: readonly string[]) => p.join(' / '),
    none: '-',
    legend: (sides: readonly string[]) => [
      `utility: mean utility of the agreed texts (framework or interim) for ${sides.join(' / ')}; to Nash: their mean distance to the Nash bargaining point.`,
      'refused: moves not allowed when sent; malformed: answers that were not an event, or a throw; capped: games in which the policy used up its moves.',
    ],
    total: (p: { games: number; seconds: number; threads: number; perSecond: number }) =>
      `${p.games} games in ${seconds(p.seconds)} s on ${p.threads} ${p.threads === 1 ? 'thread' : 'threads'}: ${p.perSecond} games/s`,
  },

  /** `shuttle tune`. */
  tune,
};
