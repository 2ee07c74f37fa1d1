// The formatters of the active locale, in a module of their own so that the catalogue's parts
// can format the numbers, dates and lists they print without importing the catalogue's index
// (which imports them). index.ts switches them with the locale.
import { createFormatters, type Formatters } from '../intl.ts';

/** The locale of the English catalogue, the one in use until another is chosen. */
export const DEFAULT_LOCALE = 'en-GB';

let formatters: Formatters = createFormatters(DEFAULT_LOCALE);

/** Dates, numbers, plurals and lists in the active locale. */
export function fmt(): Formatters {
  return formatters;
}

export function useFormatters(locale: string): void {
  formatters = createFormatters(locale);
}
