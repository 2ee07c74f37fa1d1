// How many threads play a batch of games (`tournament`, `tune`): --workers, or the cores idle now.
import { intOption } from './args.ts';
import { idleCores } from './idle-cores.ts';

/**
 * Below this many games in all, one thread. A worker takes over half a second to start (a V8
 * isolate loading the sources through tsx), as long as some 400 games; a second thread saves at
 * most half the playing time, which passes that at about 1,000 games: 2,000 leaves a margin.
 */
export const GAMES_FOR_WORKERS = 2000;
const MAX_WORKERS = 64;

/** --workers, or by default the cores idle now (one for a small batch): the results are the same either way. */
export async function threadCount(value: string | undefined, games: number): Promise<number> {
  if (value !== undefined) return intOption(value, 'workers', 1, 1, MAX_WORKERS);
  return games < GAMES_FOR_WORKERS ? 1 : idleCores();
}
