// The game in progress is asked for before the first screen: a browser that lists no database of
// the game's has none to resume, and the database is not created just to find that out.
import { describe, expect, it } from 'vitest';
import { DB_NAME } from '../../../src/game/shell/idb.ts';
import { createSaveSlots } from '../../../src/game/shell/save-slots.ts';

/** A browser's IndexedDB that lists `names` and counts the opens it is asked for (each refused, as a private window would). */
function factoryListing(names: string[] | null): { factory: IDBFactory; opens: () => number } {
  let opens = 0;
  const factory = {
    databases: names === null ? undefined : async () => names.map((name) => ({ name, version: 1 })),
    open: () => {
      opens++;
      throw new DOMException('Access denied', 'SecurityError');
    },
  } as unknown as IDBFactory;
  return { factory, opens: () => opens };
}

describe('the game in progress, asked for at start', () => {
  it('is none, without opening the database, when the browser lists no database of the game’s', async () => {
    const { factory, opens } = factoryListing(['another-site-db']);
    const problems: string[] = [];
    expect(await createSaveSlots(factory, (p) => problems.push(p)).current()).toBeNull();
    expect(opens()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('is read from the database when the browser lists it', async () => {
    const { factory, opens } = factoryListing([DB_NAME]);
    const problems: string[] = [];
    expect(await createSaveSlots(factory, (p) => problems.push(p)).current()).toBeNull();
    expect(opens()).toBe(1);
    expect(problems).toEqual(['unavailable']);
  });

  it('is read from the database when the browser offers no list', async () => {
    const { factory, opens } = factoryListing(null);
    expect(await createSaveSlots(factory, () => {}).current()).toBeNull();
    expect(opens()).toBe(1);
  });
});
