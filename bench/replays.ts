// Replays and saves (issue 4's figures, headless): the time to replay a whole game from its log,
// and the size of a game's save file without branches.
import type { Scenario } from '../src/scenario/schema.ts';
import { settingsFor } from '../src/machine/game.ts';
import { replay } from '../src/replay/replay.ts';
import { createSave } from '../src/replay/save.ts';
import { POLICIES } from '../src/sim/policies/index.ts';
import { playGame } from '../src/sim/play.ts';

export interface ReplayBench {
  replayMillis: number;
  saveBytesMean: number;
  saveBytesMax: number;
}

export function benchReplays(scenario: Scenario, hash: string, games = 200): ReplayBench {
  const logs = Array.from({ length: games }, (_, i) => ({ seed: i + 1, events: playGame(scenario, POLICIES[i % POLICIES.length]!, i + 1).events }));
  for (const l of logs.slice(0, 20)) replay(scenario, settingsFor(l.seed), l.events, { checkpoints: false });
  const t0 = performance.now();
  for (const l of logs) replay(scenario, settingsFor(l.seed), l.events, { checkpoints: false });
  const replayMillis = (performance.now() - t0) / logs.length;
  const sizes = logs.map((l) => new TextEncoder().encode(JSON.stringify(createSave(scenario, hash, settingsFor(l.seed), l.events), null, 1)).length);
  return { replayMillis, saveBytesMean: sizes.reduce((a, b) => a + b, 0) / sizes.length, saveBytesMax: Math.max(...sizes) };
}
