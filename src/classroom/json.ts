// The JSON export: the Debrief object itself. buildDebrief writes every key, in a fixed order,
// on every path (absent values are null, never missing), so the same game always gives the
// same bytes and two games give files with the same shape.
import type { Debrief } from './types.ts';

export function debriefJson(d: Debrief): string {
  return `${JSON.stringify(d, null, 2)}\n`;
}
