// Hostile scenario files, made from a small valid scenario: fields deleted or given hostile
// values (wrong types, control characters, blank text, deep nesting), unknown and prototype keys,
// items duplicated, written as YAML or JSON; or the written file damaged (text-mutations.ts).
import { stringify } from 'yaml';
import type { ScenarioInput } from '../../src/scenario/schema.ts';
import { miniInput } from '../fixtures/mini.ts';
import { addKey, BAD_KEYS, hostileValue, pathsOf, setAt } from './hostile-values.ts';
import type { Rng } from './random.ts';
import { damageText } from './text-mutations.ts';

export interface FuzzFile {
  name: string;
  bytes: Uint8Array;
  /** What was done to it, for the failure message. */
  kind: string;
}

/** The mini scenario with one dialogue line per situation and side: small, so each file parses fast. */
export function smallScenario(): ScenarioInput {
  const input = miniInput();
  const seen = new Set<string>();
  input.dialogue = (input.dialogue ?? []).filter((l) => {
    const key = `${l.delegation}/${l.situation}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return input;
}

const BASE = JSON.stringify(smallScenario());
const BASE_PATHS = pathsOf(JSON.parse(BASE));

function mutateFields(rng: Rng, value: unknown): string[] {
  const done: string[] = [];
  for (let k = 0; k < 1 + rng.int(3); k++) {
    const path = rng.pick(BASE_PATHS);
    const where = path.join('.');
    switch (rng.int(5)) {
      case 0:
        try {
          setAt(value, path, undefined, true);
          done.push(`deleted ${where}`);
        } catch {
          // An earlier change removed its parent.
        }
        break;
      case 1:
      case 2:
        try {
          setAt(value, path, hostileValue(rng));
          done.push(`replaced ${where}`);
        } catch {
          // As above.
        }
        break;
      case 3:
        addKey(value, rng, rng.pick(BAD_KEYS), hostileValue(rng));
        done.push('added a key');
        break;
      default: {
        const list = (value as { dialogue?: unknown[] }).dialogue;
        if (Array.isArray(list) && list.length) list.push(structuredClone(list[rng.int(list.length)]));
        done.push('duplicated a dialogue line');
      }
    }
  }
  return done;
}

export function hostileScenario(rng: Rng): FuzzFile {
  // JSON parses a hundred times faster than YAML: most files are JSON, enough are YAML.
  const format = rng.chance(0.35) ? 'yaml' : 'json';
  const name = `scenario.${format}`;
  const value: unknown = JSON.parse(BASE);
  if (rng.chance(0.6)) {
    const done = mutateFields(rng, value);
    const text = format === 'json' ? JSON.stringify(value, null, rng.chance(0.5) ? 1 : undefined) : stringify(value);
    return { name, bytes: new TextEncoder().encode(text), kind: `${format} fields: ${done.join(', ')}` };
  }
  const text = format === 'json' ? JSON.stringify(value, null, 1) : stringify(value);
  const damaged = damageText(rng, text, format);
  return { name, bytes: damaged.bytes, kind: `${format} text: ${damaged.kind}` };
}
