// A source's kind in words: the badge beside its title and the note on how to read it.
import type { SourceKind } from '../../scenario/index.ts';
import { messages } from '../catalogue/index.ts';

export function sourceKindLabel(kind: SourceKind): string {
  return messages().talks.sourceKinds[kind].label;
}

export function sourceKindNote(kind: SourceKind): string {
  return messages().talks.sourceKinds[kind].note;
}

/** The badge text for a source: its kind, and "reported" when what it says is not settled. */
export function sourceBadge(source: { kind: SourceKind; reported: boolean }): string {
  const label = sourceKindLabel(source.kind);
  // A news report is a report already; any other kind says so only when marked.
  return source.reported && source.kind !== 'news' ? messages().talks.reportedBadge(label) : label;
}
