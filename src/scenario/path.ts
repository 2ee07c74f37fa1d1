// "delegations[1].weights.security: must be a number between 0 and 1 (line 40, column 7)": the
// way a person reads a place in a file. Keys that are not plain words are quoted, and control
// characters in them are shown as escapes, so a message never carries a file's raw codes.
import { visible } from '../lib/index.ts';

/** A place in a file: 1-based line and column, as an editor counts them. */
export interface Position {
  line: number;
  column: number;
}

export interface Problem {
  path: readonly PropertyKey[];
  message: string;
  at?: Position | null;
}

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && PLAIN_KEY.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(visible(String(part))).replace(/\\\\/g, '\\')}]`;
  }
  return out || '(file)';
}

export function formatPosition(at: Position): string {
  return `line ${at.line}, column ${at.column}`;
}

export function formatProblem(p: Problem): string {
  return `${formatPath(p.path)}: ${p.message}${p.at ? ` (${formatPosition(p.at)})` : ''}`;
}
