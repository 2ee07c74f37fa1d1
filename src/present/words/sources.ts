// A source's kind in words: the badge beside its title and the note on how to read it.
import type { SourceKind } from '../../scenario/index.ts';
import { messages } from '../catalogue/index.ts';

export function sourceKindLabel(kind: SourceKind): string {
  return messages().talks.sourceKinds[kind].label;
}

export function sourceKindNote(kind: SourceKind): string {
  return messages().talks.sourceKinds[kind].note;
}

/**
 * What a report rests on, by the kind of its first cited source (a memoir, an official record, a
 * treaty's text…); null when it cites none. `reported: true` says only that it is not settled.
 */
export function reportKind(sources: readonly { id: string; kind: SourceKind }[], ids: readonly string[]): SourceKind | null {
  for (const id of ids) {
    const found = sources.find((s) => s.id === id);
    if (found) return found.kind;
  }
  return null;
}

/** The label of a reported event or entry: its source's kind ("participant’s memoir"), else "reported". */
export function reportLabel(sources: readonly { id: string; kind: SourceKind }[], ids: readonly string[]): string {
  const kind = reportKind(sources, ids);
  return kind === null ? messages().talks.reportedPlain : sourceKindLabel(kind);
}

/** The badge text for a source: its kind, and "reported" when what it says is not settled. */
export function sourceBadge(source: { kind: SourceKind; reported: boolean }): string {
  const label = sourceKindLabel(source.kind);
  // A news report is a report already; any other kind says so only when marked.
  return source.reported && source.kind !== 'news' ? messages().talks.reportedBadge(label) : label;
}
