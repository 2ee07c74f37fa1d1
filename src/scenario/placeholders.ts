// The placeholders a scenario's text may hold, field by field: one list the validator checks
// against and the present layer fills (present/words/said.ts), so the two cannot drift apart.

/** What a dialogue line may use: the issue, an option, the other side's short name, the mediator, the mediator's form of address. */
export const DIALOGUE_PLACEHOLDERS = ['issue', 'option', 'other', 'mediator', 'mediatorAddress'] as const;
export type DialoguePlaceholder = (typeof DIALOGUE_PLACEHOLDERS)[number];

/** A text field that fills placeholders: its path, with '*' for any index or key. */
export interface PlaceholderField {
  path: readonly string[];
  allowed: readonly string[];
}

/** Every text field that fills placeholders; any other text shows braces as written. */
export const PLACEHOLDER_FIELDS: readonly PlaceholderField[] = [{ path: ['dialogue', '*', 'text'], allowed: DIALOGUE_PLACEHOLDERS }];

/** A word in braces, spaces allowed inside (so `{ other }` is found and can be corrected). */
export const PLACEHOLDER_PATTERN = /\{\s*([A-Za-z_][A-Za-z0-9_-]*)\s*\}/g;

/** The placeholders this field fills, or none. */
export function placeholdersAt(path: readonly (string | number)[]): readonly string[] {
  const field = PLACEHOLDER_FIELDS.find((f) => f.path.length === path.length && f.path.every((p, k) => p === '*' || p === path[k]));
  return field?.allowed ?? [];
}
