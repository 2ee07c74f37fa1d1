// The final text against each side's fallback, what its hardliners demanded, and the Nash
// bargaining point; and the chart of it all in utility coordinates on the Pareto frontier.
import { packageUtility, paretoFrontier, ratificationMargin, textStanding, type CompiledScenario, type GameState } from '../../model/index.ts';
import { sideName } from '../words/names.ts';

const r3 = (x: number) => Math.round(x * 1000) / 1000;

function label(c: CompiledScenario, issue: number, option: string | null): string | null {
  if (option === null) return null;
  return c.scenario.issues[issue]!.options.find((o) => o.id === option)?.label ?? option;
}

/** An interim deal made when the deadline passed (the machine banks its text then). */
function bankedAtDeadline(state: GameState): boolean {
  return state.outcome?.id === 'interim' && state.outcome.atDeadline === true;
}

export function textAnalysis(c: CompiledScenario, state: GameState): TextAnalysis {
  const t = textStanding(c, state);
  const floors: [number, number] = [r3(t.reservations[0] + ratificationMargin(c, state, 0)), r3(t.reservations[1] + ratificationMargin(c, state, 1))];
  const verdict: string[] = [];
  verdict.push(
    t.kind === 'agreed'
      ? `Both sides agreed draft ${state.draftVersion}.`
      : t.kind === 'banked'
        ? bankedAtDeadline(state)
          ? `${state.outcome!.reason} The items it leaves open count at each side's fallback.`
          : 'A partial text was banked: the items it leaves open count at each side\'s fallback.'
        : `No text was agreed: this is the last draft on the table (version ${state.draftVersion}); open items count at each side's fallback.`,
  );
  for (const s of [0, 1] as const) {
    const name = sideName(c, s);
    const u = t.utilities[s];
    const rv = t.reservations[s];
    const floor = floors[s];
    const vsFallback = u > rv ? `above its fallback of ${rv.toFixed(3)}` : u < rv ? `below its fallback of ${rv.toFixed(3)}: it was better off without it` : `exactly its fallback of ${rv.toFixed(3)}`;
    const vsHome = u >= floor ? 'and enough to pass at home' : u > rv ? `but short of the ${floor.toFixed(3)} its hardliners demanded` : '';
    verdict.push(`The text was worth ${u.toFixed(3)} to ${name}, ${vsFallback}${vsHome ? ` ${vsHome}` : ''}.`);
  }
  if (t.nash) {
    const [a, b] = t.nash.utilities;
    const names = [sideName(c, 0), sideName(c, 1)];
    const d0 = t.utilities[0] - a;
    const d1 = t.utilities[1] - b;
    const close = (x: number) => Math.abs(x) < 0.0005;
    const against =
      close(d0) && close(d1)
        ? ': the text reached it.'
        : d0 < 0 && d1 < 0
          ? `: the text left value on the table, worth ${(-d0).toFixed(3)} less to ${names[0]} and ${(-d1).toFixed(3)} less to ${names[1]}.`
          : `; against it, the text leaned towards ${d0 > d1 ? names[0] : names[1]}.`;
    verdict.push(
      `The Nash bargaining point (the text on the Pareto frontier that maximises the product of both sides' gains over their fallbacks) was worth ${a.toFixed(3)} to ${names[0]} and ${b.toFixed(3)} to ${names[1]}${against}`,
    );
  } else {
    verdict.push('No text on the Pareto frontier beat both fallbacks at the end: there was no zone of agreement left.');
  }
  return {
    kind: t.kind,
    draftVersion: state.draftVersion,
    items: t.items.map((item, i) => ({
      issue: item.issue,
      issueName: c.scenario.issues[i]!.name,
      option: item.option,
      optionLabel: label(c, i, item.option),
      nashOption: t.nash ? t.nash.items[i]!.option : null,
      nashLabel: t.nash ? label(c, i, t.nash.items[i]!.option) : null,
    })),
    utilities: t.utilities,
    reservations: [r3(t.reservations[0]), r3(t.reservations[1])],
    floors,
    surplus: t.surplus,
    nash: t.nash ? t.nash.utilities : null,
    verdict,
  };
}

export function bargainingChart(c: CompiledScenario, text: TextAnalysis): BargainingChart {
  const opening = (s: 0 | 1): [number, number] => [r3(packageUtility(c.sides[0], c.sides[s].opening)), r3(packageUtility(c.sides[1], c.sides[s].opening))];
  return {
    axes: [`Worth to ${sideName(c, 0)}`, `Worth to ${sideName(c, 1)}`],
    frontier: paretoFrontier(c).map((p) => [r3(p.u[0]), r3(p.u[1])] as [number, number]),
    nash: text.nash,
    text: text.utilities,
    fallbacks: text.reservations,
    openings: [opening(0), opening(1)],
  };
}

export interface TextItemRecord {
  issue: string;
  issueName: string;
  option: string | null;
  optionLabel: string | null;
  nashOption: string | null;
  nashLabel: string | null;
}

export interface TextAnalysis {
  kind: 'agreed' | 'banked' | 'draft';
  draftVersion: number;
  items: TextItemRecord[];
  utilities: [number, number];
  reservations: [number, number];
  /** Fallback plus the ratification margin hardliners demand: what a deal must clear at home. */
  floors: [number, number];
  surplus: [number, number];
  nash: [number, number] | null;
  verdict: string[];
}

/** The bargaining chart: utilities of the first delegation on x, the second on y. */
export interface BargainingChart {
  axes: [string, string];
  frontier: [number, number][];
  nash: [number, number] | null;
  text: [number, number];
  fallbacks: [number, number];
  openings: [[number, number], [number, number]];
}
