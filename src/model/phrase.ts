// How an issue reads inside a sentence: its own phrase, or its name with a lower-case first
// letter (kept when the name starts with an acronym or a proper name in capitals, like "IAEA").
import type { Issue } from '../scenario/index.ts';

export function issuePhrase(issue: Pick<Issue, 'name' | 'phrase'>): string {
  if (issue.phrase) return issue.phrase;
  const name = issue.name;
  const second = name.charAt(1);
  return second && second === second.toUpperCase() && second !== second.toLowerCase() ? name : name.charAt(0).toLowerCase() + name.slice(1);
}
