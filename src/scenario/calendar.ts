// Dates as a person writes them (YYYY-MM-DD) that no calendar has: the 31st of November, the 30th
// of February. The pattern alone lets them through, and a game would then print a day that never was.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function daysIn(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (UTC, so no clock change moves it).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a YYYY-MM-DD text is not a day of the calendar, or null when it is one. */
export function calendarProblem(date: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12) return `is not a real date: there is no month ${m[2]} (months run from 01 to 12)`;
  const last = daysIn(year, month);
  if (day < 1 || day > last) return `is not a real date: ${MONTHS[month - 1]} ${year} has ${last} days`;
  return null;
}
