// What kind of evidence a source is, in one place: the schema reads the kinds from here. Their
// names, shown beside every source so a student can tell a participant's own (partisan) account
// from a news report or an official record, are the message catalogue's (present/words/sources.ts).

export const SOURCE_KINDS = ['news', 'memoir', 'official', 'treaty', 'book', 'reference', 'analysis'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Printed works a teacher can find by their citation when no page online holds them. */
export const CITATION_KINDS: ReadonlySet<SourceKind> = new Set<SourceKind>(['book', 'memoir']);
