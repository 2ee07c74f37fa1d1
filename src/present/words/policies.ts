// The AI mediators in words, by name: what each built-in one does, for the what-if page's choice
// of who plays on and the command line's header. The policies themselves keep only their names.
import { gameWords } from '../catalogue/game-words.ts';

/** What a built-in mediator does, or null for one the catalogue does not know (a student's module). */
export function policyDescription(name: string): string | null {
  const w = gameWords().policies;
  // Looked up by any name: a module's name is the student's own, and may match nothing here.
  const described: Readonly<Record<string, string | undefined>> = w.described;
  const repeated: Readonly<Record<string, string | undefined>> = w.repeated;
  const act = name.startsWith('repeat:') ? repeated[name.slice('repeat:'.length).toUpperCase()] : undefined;
  return act !== undefined ? w.repeat(act) : (Object.hasOwn(described, name) ? described[name]! : null);
}

/** "broker: listens, trades concessions …", or the name alone when there are no words for it. */
export function policyLabel(name: string): string {
  const description = policyDescription(name);
  return description === null ? name : gameWords().policies.labelled({ name, description });
}
