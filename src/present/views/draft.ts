// The draft editor's rows: for each issue, the text's option, what each side last said about
// it (heard positions, priority cues, red lines heard, last criticism) and what changed since
// the previous version.
import type { MediatorState } from '../../machine/index.ts';
import { itemAt, type CompiledScenario, type PriorityCode, type SideIndex } from '../../model/index.ts';
import { gameWords } from '../catalogue/game-words.ts';

export interface SideNote {
  /** Heard position (option index), or null when not heard yet. */
  said: number | null;
  priority: PriorityCode;
  redLines: number[];
  criticised: boolean;
  accepted: boolean;
}

export interface DraftRow {
  issue: number;
  id: string;
  name: string;
  description: string;
  scope: boolean;
  core: boolean;
  options: { id: string; label: string }[];
  current: number | null;
  previous: number | null | undefined;
  /** One per delegation, in order. */
  sides: SideNote[];
}

/** A priority cue heard, in words ("matters most"; empty when none was heard). */
export function priorityWords(code: PriorityCode): string {
  return gameWords().views.heardPriority[code];
}

function note(state: MediatorState, s: SideIndex, issue: number): SideNote {
  const side = state.sides[s]!;
  return {
    said: itemAt(side.heard, issue),
    priority: (side.priorities[issue] ?? '?') as PriorityCode,
    redLines: side.redLinesHeard.filter((code) => Math.floor(code / 16) === issue).map((code) => code % 16),
    criticised: side.criticised.includes(issue),
    accepted: side.accepted === state.draftVersion,
  };
}

export function draftRows(c: CompiledScenario, state: MediatorState, previousDraft: string | undefined): DraftRow[] {
  return c.scenario.issues.map((issue, i) => ({
    issue: i,
    id: issue.id,
    name: issue.name,
    description: issue.description,
    scope: issue.scope,
    core: issue.core,
    options: issue.options.map((o) => ({ id: o.id, label: o.label })),
    current: itemAt(state.draft, i),
    previous: previousDraft === undefined ? undefined : itemAt(previousDraft, i),
    sides: c.sideIndices.map((s) => note(state, s, i)),
  }));
}

/** Issues whose item differs between two texts. */
export function changedIssues(a: string, b: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (itemAt(a, i) !== itemAt(b, i)) out.push(i);
  return out;
}
