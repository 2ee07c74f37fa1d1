// English counting forms for the catalogue's parts: "1 file", "3 files". A translation has its
// own (Intl's plural categories name the forms a language needs; English has one and other).
import { fmt } from './formatters.ts';

export interface CountForms {
  one: string;
  other: string;
}

/** The word for a count: the locale's plural category picks the form. */
export function counted(n: number, forms: CountForms): string {
  return fmt().pluralCategory(n) === 'one' ? forms.one : forms.other;
}

/** A count with its word: "3 files". */
export function count(n: number, forms: CountForms): string {
  return `${fmt().number(n)} ${counted(n, forms)}`;
}

/** A number in the locale's digits (at most `decimals` after the point). */
export function num(n: number, decimals = 0): string {
  return fmt().number(n, decimals);
}

/**
 * A name that opens a sentence or a heading: "the United States" → "The United States". Names
 * reach the catalogue as they stand in running text (with their article, if they take one).
 */
export const cap = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** A scenario's name for an actor or event inside a sentence: "The US build-up" takes a small "the", "An Iranian drone" a small "an". */
export const midSentence = (name: string): string => name.replace(/^(The|An|A) /, (_, article: string) => `${article.toLowerCase()} `);

/** A rung of the ladder named inside a sentence: its name is a phrase of its own ("A deadline named"), so it is quoted. */
export const rungInText = (name: string): string => `“${name}”`;

/** A worth (0–1) on the 0-to-100 scale the tables show, to exactly a tenth: "61.7". */
export const worth100 = (x: number): string => fmt().decimal(x * 100, 1);
