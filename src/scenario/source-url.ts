// A scenario may write a source's address without its scheme ("iaea.org/..."): every place that
// shows or links a source gives it one the same way.
export function sourceUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? url : `https://${url}`;
}

const FULL_DATE = /^\d{4}-\d{1,2}(-\d{1,2})?$/;
const YEAR = /^(1[89]|20)\d{2}$/;
const SHORT_NUMBER = /^\d{1,2}$/;

/**
 * Why an address does not open the article that supports a claim, or null when it may. A source
 * must name a page, not a site: an address with no path is a home page, and one that stops at a
 * date ("/2026/02/17/", "/2026-02-26/") was cut off before the article's name.
 */
export function articleUrlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(sourceUrl(url.trim()));
  } catch {
    return 'is not a web address';
  }
  const segments = parsed.pathname.split('/').filter((p) => p !== '');
  if (segments.length === 0) return 'names only the site (a home page), not the article that supports the claim';
  const last = segments[segments.length - 1]!;
  const before = segments[segments.length - 2];
  const dateEnd =
    FULL_DATE.test(last) || YEAR.test(last) || (SHORT_NUMBER.test(last) && before !== undefined && (SHORT_NUMBER.test(before) || YEAR.test(before)));
  if (dateEnd) return 'stops at a date: the address was cut off before the article';
  return null;
}
