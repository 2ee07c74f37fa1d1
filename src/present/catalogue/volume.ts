// A volume of the catalogue: the words of one part of the game, in a module of their own so
// they load with that part (the title screen's first script carries only the words it shows).
// A volume has the same words in every language and the active locale picks them; a
// translation adds its language to each volume as it adds its catalogue to index.ts. The
// compiler holds every language of a volume to the English one's shape.
import { activeLocaleKey } from './index.ts';

export function volume<T>(byLocale: { readonly en: T } & Readonly<Record<string, T>>): () => T {
  return () => byLocale[activeLocaleKey()] ?? byLocale.en;
}
