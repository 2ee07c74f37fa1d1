// The hall's own words: the heading of its record of the day, the scenario's when it gives one,
// else the game's words for the venue it draws.
import type { CompiledScenario } from '../../model/index.ts';
import { gameWords } from '../catalogue/game-words.ts';

export function recordTitle(c: CompiledScenario): string {
  const setting = c.scenario.setting;
  return setting.recordTitle ?? gameWords().play.hall.log[setting.venue];
}
