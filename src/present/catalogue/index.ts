// The message catalogue in use and the formatters of its locale. English is the only catalogue
// today; a translation (Arabic, Persian: right to left) is another object of the same shape,
// registered here with its locale, and chosen with setLocale. Nothing else changes. The words of
// the parts loaded later (the game's screens, the classroom) are volumes of their own
// (volume.ts), so the title's first script carries only the catalogue here.
import { en } from './en.ts';
import { DEFAULT_LOCALE, fmt, useFormatters } from './formatters.ts';

export { fmt };

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
  en: { locale: DEFAULT_LOCALE, rtl: false, catalogue: en },
};

// The formatters start in the default locale (formatters.ts): nothing to set up here.
let activeKey = 'en';
let active: LocaleEntry = LOCALES.en!;

/** The active catalogue. */
export function messages(): Catalogue {
  return active.catalogue;
}

export function activeLocale(): Readonly<LocaleEntry> {
  return active;
}

/** The active language's key ("en"): the catalogue's volumes pick their words by it. */
export function activeLocaleKey(): string {
  return activeKey;
}

export function availableLocales(): string[] {
  return Object.keys(LOCALES);
}

/** Chooses the language; an unknown one keeps the current (false). */
export function setLocale(key: string): boolean {
  const entry = LOCALES[key];
  if (!entry) return false;
  active = entry;
  activeKey = key;
  useFormatters(entry.locale);
  return true;
}
