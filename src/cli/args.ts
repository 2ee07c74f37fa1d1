// Argument parsing with one clear line for anything wrong.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './scenarios.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parse<O extends Options>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    const message = err instanceof Error ? err.message.split('\n')[0]! : String(err);
    throw new CliError(message.replace(/^Unknown option/, 'unknown option').replace(/\. To specify a positional.*$/, ''));
  }
}

export function intOption(value: string | undefined, name: string, fallback: number, min = -(2 ** 31), max = 2 ** 31 - 1): number {
  if (value === undefined) return fallback;
  if (!/^-?\d+$/.test(value)) throw new CliError(`--${name} must be a whole number (got "${value}")`);
  const n = Number(value);
  if (n < min || n > max) throw new CliError(`--${name} must be between ${min} and ${max} (got ${value})`);
  return n;
}
