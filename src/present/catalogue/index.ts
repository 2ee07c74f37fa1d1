// The message catalogue in use and the formatters of its locale. English is the only catalogue
// today; a translation (Arabic, Persian: right to left) is another object of the same shape,
// registered here with its locale, and chosen with setLocale. Nothing else changes.
import { createFormatters, type Formatters } from '../intl.ts';
import { en } from './en.ts';

/** Every catalogue has the English one's shape: the compiler names a missing message. */
export type Catalogue = typeof en;

export interface LocaleEntry {
  /** A BCP 47 tag for Intl ("en-GB", "ar", "fa"). */
  locale: string;
  /** Written right to left (the overlay's `dir`). */
  rtl: boolean;
  catalogue: Catalogue;
}

const LOCALES: Record<string, LocaleEntry> = {
  en: { locale: 'en-GB', rtl: false, catalogue: en },
};

let active: LocaleEntry = LOCALES.en!;
let formatters: Formatters = createFormatters(active.locale);

/** The active catalogue. */
export function messages(): Catalogue {
  return active.catalogue;
}

/** Dates, numbers, plurals and lists in the active locale. */
export function fmt(): Formatters {
  return formatters;
}

export function activeLocale(): Readonly<LocaleEntry> {
  return active;
}

export function availableLocales(): string[] {
  return Object.keys(LOCALES);
}

/** Chooses the language; an unknown one keeps the current (false). */
export function setLocale(key: string): boolean {
  const entry = LOCALES[key];
  if (!entry) return false;
  active = entry;
  formatters = createFormatters(entry.locale);
  return true;
}
