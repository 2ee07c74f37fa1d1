// Dates, numbers, plurals and lists through Intl, for the active locale: a translation changes
// the catalogue and the locale, never this code. Scenario dates are calendar dates (no time
// zone), so they are read and formatted in UTC and never shift with the player's clock.
export interface Formatters {
  readonly locale: string;
  /** "Friday 6 February 2026" from "2026-02-06". */
  longDate(iso: string): string;
  /** "6 Feb 2026". */
  shortDate(iso: string): string;
  /** A number with at most this many decimals (0 by default), in the locale's digits. */
  number(value: number, maxDecimals?: number): string;
  /** A number with exactly this many decimals ("0.70"). */
  decimal(value: number, decimals: number): string;
  /** A share (0–1) as a percentage, with at most this many decimals ("12.5%"). */
  percent(fraction: number, maxDecimals?: number): string;
  /** The plural category of a count in this locale (English: one or other; Arabic has six). */
  pluralCategory(count: number): Intl.LDMLPluralRule;
  /** "a, b and c". */
  list(items: readonly string[], kind?: 'and' | 'or'): string;
  /** A time of day on the locale's clock ("09:30"): the palace's clock, not the player's. */
  clock(hour: number, minute: number): string;
  /** A moment on the player's own clock, "6 Feb 2026, 14:05" (when a game was saved). */
  moment(epochMs: number): string;
}

function utcDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** Formats with a pattern's parts, leaving out the locale's commas between them (English: "Friday 6 February 2026"). */
function partsWithoutCommas(format: Intl.DateTimeFormat, date: Date): string {
  return format
    .formatToParts(date)
    .map((p) => (p.type === 'literal' ? p.value.replace(/,\s*/g, ' ') : p.value))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

export function createFormatters(locale: string): Formatters {
  const long = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const short = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const plural = new Intl.PluralRules(locale);
  const numbers = new Map<string, Intl.NumberFormat>();
  const format = (key: string, options: Intl.NumberFormatOptions) => {
    let f = numbers.get(key);
    if (!f) numbers.set(key, (f = new Intl.NumberFormat(locale, options)));
    return f;
  };
  const moment = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const and = new Intl.ListFormat(locale, { type: 'conjunction' });
  const or = new Intl.ListFormat(locale, { type: 'disjunction' });
  const clock = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
  return {
    locale,
    longDate: (iso) => partsWithoutCommas(long, utcDate(iso)),
    shortDate: (iso) => partsWithoutCommas(short, utcDate(iso)),
    number: (value, maxDecimals = 0) => format(`n${maxDecimals}`, { maximumFractionDigits: maxDecimals, useGrouping: true }).format(value),
    decimal: (value, decimals) => format(`d${decimals}`, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: true }).format(value),
    percent: (fraction, maxDecimals = 0) => format(`p${maxDecimals}`, { style: 'percent', maximumFractionDigits: maxDecimals }).format(fraction),
    pluralCategory: (count) => plural.select(count),
    list: (items, kind = 'and') => (kind === 'and' ? and : or).format(items),
    clock: (hour, minute) => clock.format(new Date(Date.UTC(2000, 0, 1, hour, minute))),
    moment: (epochMs) => moment.format(new Date(epochMs)),
  };
}
