// Everything the command line prints goes through here, so that no text from a file (a
// scenario's names and lines, a save's branch names, a policy module's name) reaches the terminal
// with its control codes: they are printed as visible escapes (\x1b), and JSON escapes them too.
import { visibleLines } from '../lib/index.ts';

/** Controls JSON.stringify leaves as they are (it escapes only those below U+0020). */
const JSON_RAW = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

export function inertJson(json: string): string {
  return json.replace(JSON_RAW, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function printLine(text: string): void {
  process.stdout.write(`${visibleLines(text)}\n`);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${inertJson(JSON.stringify(value))}\n`);
}

export function printError(text: string): void {
  process.stderr.write(`${visibleLines(text)}\n`);
}
