// One scrub step of the replay viewer (issue 4: at most 16 ms): the state at a random step of a
// whole game from the viewer's checkpoint cache, headless; and in headless Chromium the same
// plus the page's update (slider, chart cursor, timeline, palace and rooms, and the layout).
import type { Scenario } from '../src/scenario/schema.ts';
import { settingsFor } from '../src/machine/game.ts';
import { createSave } from '../src/replay/save.ts';
import { StepCache } from '../src/present/replays/step-cache.ts';
import { POLICIES } from '../src/sim/policies/index.ts';
import { playGame } from '../src/sim/play.ts';

export interface ScrubFigures {
  meanMs: number;
  p95Ms: number;
  steps: number;
  samples: number;
}

const LIMIT_MS = 16;

function figures(times: number[], steps: number): ScrubFigures {
  const sorted = [...times].sort((a, b) => a - b);
  return { meanMs: times.reduce((a, b) => a + b, 0) / times.length, p95Ms: sorted[Math.ceil(0.95 * sorted.length) - 1]!, steps, samples: times.length };
}

/** The longest of a few whole games: the hardest case for a scrub. */
function longGame(scenario: Scenario): { seed: number; events: ReturnType<typeof playGame>['events'] } {
  const games = Array.from({ length: 20 }, (_, i) => ({ seed: i + 1, events: playGame(scenario, POLICIES[i % POLICIES.length]!, i + 1).events }));
  return games.reduce((a, b) => (b.events.length > a.events.length ? b : a));
}

/** A pseudo-random walk over the steps (jumps anywhere, as a hand on the slider does). */
function targets(steps: number, n: number): number[] {
  let x = 12345;
  return Array.from({ length: n }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % (steps + 1);
  });
}

export function benchScrubState(scenario: Scenario, samples = 2000): ScrubFigures {
  const game = longGame(scenario);
  const cache = new StepCache(scenario, settingsFor(game.seed), game.events);
  for (const s of targets(game.events.length, 50)) cache.at(s);
  const times: number[] = [];
  for (const s of targets(game.events.length, samples)) {
    const t0 = performance.now();
    cache.at(s);
    times.push(performance.now() - t0);
  }
  return figures(times, game.events.length);
}

// The in-page probe is a plain string (tsx would wrap a named function with a helper the page lacks).
const SCRUB_PROBE = `(targets) => {
  const range = document.querySelector('[data-action="scrub"]');
  const times = [];
  for (const t of targets) {
    const t0 = performance.now();
    range.value = String(t);
    range.dispatchEvent(new Event('input', { bubbles: true }));
    void document.querySelector('[data-role="palace"]').getBoundingClientRect().height;
    times.push(performance.now() - t0);
  }
  return times;
}`;

/** In headless Chromium: the built game (built already when `built`), a whole game opened in the viewer. */
export async function benchScrubBrowser(scenario: Scenario, hash: string, built: boolean, samples = 300): Promise<ScrubFigures> {
  const [{ chromium }, server] = await Promise.all([import('playwright-core'), import('../tests/e2e/server.ts')]);
  server.assertChromium();
  if (!built) await server.buildGame();
  const served = await server.serve(undefined, true);
  const browser = await chromium.launch({ executablePath: server.CHROMIUM, args: server.CHROMIUM_ARGS });
  try {
    const game = longGame(scenario);
    const save = JSON.stringify(createSave(scenario, hash, settingsFor(game.seed), game.events));
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(served.url);
    await page.waitForFunction(() => window.__shuttle?.ready === true, null, { timeout: 30_000 });
    await page.setInputFiles('[data-action="replay-file"]', { name: 'bench.json', mimeType: 'application/json', buffer: Buffer.from(save) });
    await page.waitForSelector('.replay-viewer [data-role="palace"]', { timeout: 30_000 });
    const all = targets(game.events.length, samples + 30);
    await page.evaluate(`(${SCRUB_PROBE})(${JSON.stringify(all.slice(0, 30))})`);
    const times = (await page.evaluate(`(${SCRUB_PROBE})(${JSON.stringify(all.slice(30))})`)) as number[];
    return figures(times, game.events.length);
  } finally {
    await browser.close();
    await served.close();
  }
}

export function scrubLine(label: string, f: ScrubFigures): string {
  return `${label}: ${f.meanMs.toFixed(2)} ms mean, ${f.p95Ms.toFixed(2)} ms p95 over ${f.samples} random jumps in a ${f.steps}-step game (limit ${LIMIT_MS} ms)`;
}
