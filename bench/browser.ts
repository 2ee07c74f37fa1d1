// The browser benchmark (part of `npm run bench`): builds the game and a bare Phaser page,
// serves both, and measures in headless Chromium
// - the initial JavaScript (the entry and every chunk it imports statically), gzipped;
// - the time to interactive of the game against the bare Phaser page, in the same run, and the
//   time until the title lists the scenarios (which comes after: the play module loads first);
// - the p95 frame time in the palace hall (requestAnimationFrame deltas over a few seconds);
// - the time from a key press to the HUD showing its effect on screen.
// Figures are printed, never asserted: the limits are shown beside them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { assertChromium, buildGame, CHROMIUM, CHROMIUM_ARGS, ROOT, serve } from '../tests/e2e/server.ts';

export interface BrowserBenchResult {
  initialJs: { files: string[]; gzipBytes: number; limitBytes: number };
  tti: { gameMs: number; bareMs: number; ratio: number; runs: number; limitRatio: number; scenarioListMs: number };
  hallFrames: { p50Ms: number; p95Ms: number; frames: number; longFrames: number; limitMs: number; bareP95Ms: number };
  /** The hall left alone (its ships at anchor): frames the canvas drew a second (null: no count in this build), and the share of the time its main thread was busy. */
  hallIdle: { canvasFps: number | null; mainThreadBusy: number };
  inputToHud: { p50Ms: number; p95Ms: number; maxMs: number; samples: number; limitMs: number };
  renderer: string;
  viewport: { width: number; height: number };
}

const VIEWPORT = { width: 1280, height: 800 };
const BARE_CONFIG = join(ROOT, 'bench', 'bare-phaser', 'vite.config.ts');

/** The entry script of index.html and every chunk reachable from it by static imports. */
export function initialScripts(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = /<script[^>]+type="module"[^>]+src="\.\/([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error('no module script in dist/index.html');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    // Static imports only: `import … from "./x.js"` and `import "./x.js"`, never `import("./x.js")`.
    for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.\/[^"']+\.js)["']/g)) visit(dir + m[1]!.slice(2));
  };
  visit(entry);
  return [...seen];
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

const median = (v: number[]) => percentile(v, 0.5);

/** In the page: when the title's scenario list first shows a chosen scenario (page time, ms). */
const LIST_PROBE = `new Promise((resolve) => {
  const look = () => (document.querySelector('input[type="radio"]:checked') ? resolve(performance.now()) : setTimeout(look, 5));
  look();
})`;

/** From navigation to the mark, and (the game's page) to the title's scenario list, in one load. */
async function timeToInteractive(browser: Browser, url: string, mark: string, withList = false): Promise<{ mark: number; list: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 30_000, polling: 50 });
  const t = await page.evaluate((m) => performance.getEntriesByName(m)[0]!.startTime, mark);
  const list = withList ? ((await page.evaluate(LIST_PROBE)) as number) : NaN;
  await context.close();
  return { mark: t, list };
}

async function toHall(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.__shuttle?.ready === true, null, { timeout: 30_000 });
  await page.waitForSelector('input[type="radio"]:checked');
  await page.click('[data-action="new-game"]');
  await page.waitForFunction(() => window.__shuttle!.scene() === 'briefing');
  await page.keyboard.press('b');
  await page.waitForFunction(() => window.__shuttle!.scene() === 'hall');
}

// The in-page probes are plain JavaScript strings: the TypeScript runner (tsx) would otherwise
// wrap named functions with a helper that does not exist in the page.
const FRAME_PROBE = `(duration) => new Promise((resolve) => {
  const deltas = [];
  let last = -1;
  const start = performance.now();
  const tick = (t) => {
    if (last >= 0) deltas.push(t - last);
    last = t;
    if (t - start < duration) requestAnimationFrame(tick); else resolve(deltas);
  };
  requestAnimationFrame(tick);
})`;

/** The next keydown's timestamp, then the first frame after the HUD changed. */
const HUD_PROBE = `() => {
  window.__hudLatency = new Promise((resolve) => {
    let pressedAt = -1;
    const onKey = (e) => { pressedAt = e.timeStamp; window.removeEventListener('keydown', onKey, true); };
    window.addEventListener('keydown', onKey, true);
    const observer = new MutationObserver(() => {
      if (pressedAt < 0) return;
      observer.disconnect();
      requestAnimationFrame((t) => resolve(t - pressedAt));
    });
    observer.observe(document.getElementById('hud'), { subtree: true, childList: true, characterData: true, attributes: true });
  });
}`;

async function frameTimes(page: Page, ms: number): Promise<number[]> {
  return page.evaluate(`(${FRAME_PROBE})(${ms})`) as Promise<number[]>;
}

async function armHudProbe(page: Page): Promise<void> {
  await page.evaluate(`(${HUD_PROBE})()`);
}

async function inputToHud(page: Page, samples: number): Promise<number[]> {
  const out: number[] = [];
  await page.keyboard.press('2');
  await page.waitForFunction(() => window.__shuttle!.scene() === 'room');
  await page.waitForTimeout(800);
  while (out.length < samples) {
    const st = await page.evaluate(() => (window.__shuttle!.snapshot() as { context: { hoursLeft: number; location: unknown; outcome: unknown } }).context);
    if (st.outcome) break;
    if (st.hoursLeft < 1.5 || st.location === 'majlis') {
      // A new day: recess, the news, back to the room (not measured).
      await page.keyboard.press('r');
      await page.waitForFunction(() => window.__shuttle!.scene() === 'news' || window.__shuttle!.scene() === 'outcome');
      if ((await page.evaluate(() => window.__shuttle!.scene())) === 'outcome') break;
      await page.keyboard.press('n');
      await page.waitForFunction(() => window.__shuttle!.scene() === 'hall' || window.__shuttle!.scene() === 'outcome');
      if ((await page.evaluate(() => window.__shuttle!.scene())) === 'outcome') break;
      await page.keyboard.press('2');
      await page.waitForFunction(() => window.__shuttle!.scene() === 'room');
      await page.waitForTimeout(800);
      continue;
    }
    await armHudProbe(page);
    await page.keyboard.press('l');
    out.push((await page.evaluate('window.__hudLatency')) as number);
    await page.waitForTimeout(150);
  }
  return out;
}

export async function runBrowserBench(options: { runs?: number; print?: boolean } = {}): Promise<BrowserBenchResult> {
  const runs = options.runs ?? 7;
  assertChromium();
  await buildGame();
  await buildGame(BARE_CONFIG);
  const files = initialScripts(join(ROOT, 'dist'));
  const gzipBytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(ROOT, 'dist', f))).length, 0);

  // Cross-origin isolated, so that performance.now() and frame times are exact, not rounded.
  const game = await serve(undefined, true);
  const bare = await serve(BARE_CONFIG, true);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    // Warm the OS file cache and the server once, then alternate the two pages.
    await timeToInteractive(browser, bare.url, 'bare:ready');
    await timeToInteractive(browser, game.url, 'shuttle:ready');
    const gameT: number[] = [];
    const bareT: number[] = [];
    const listT: number[] = [];
    for (let i = 0; i < runs; i++) {
      bareT.push((await timeToInteractive(browser, bare.url, 'bare:ready')).mark);
      const loaded = await timeToInteractive(browser, game.url, 'shuttle:ready', true);
      gameT.push(loaded.mark);
      listT.push(loaded.list);
    }

    // The same measure on the bare Phaser page: what the browser's frame clock gives at best.
    const bareContext = await browser.newContext({ viewport: VIEWPORT });
    const barePage = await bareContext.newPage();
    await barePage.goto(bare.url);
    await barePage.waitForFunction(() => performance.getEntriesByName('bare:ready').length > 0);
    await barePage.waitForTimeout(500);
    const bareFrames = await frameTimes(barePage, 3000);
    await bareContext.close();

    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await toHall(page, game.url);
    await page.waitForTimeout(1000);
    const renderer = await page.evaluate(() => document.documentElement.dataset.renderer ?? 'unknown');
    // The canvas draws on demand: how much it draws, and what the page costs, with nothing touched.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const taskSeconds = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0);
    const drawnNow = () => page.evaluate('window.__shuttle.frames?.() ?? null') as Promise<number | null>;
    const [busy0, drawn0, t0] = [await taskSeconds(), await drawnNow(), Date.now()];
    const frames = await frameTimes(page, 4000);
    const [busy1, drawn1, t1] = [await taskSeconds(), await drawnNow(), Date.now()];
    const idleSeconds = (t1 - t0) / 1000;
    const latencies = await inputToHud(page, 16);
    await context.close();

    const result: BrowserBenchResult = {
      initialJs: { files, gzipBytes, limitBytes: 400 * 1024 },
      tti: { gameMs: median(gameT), bareMs: median(bareT), ratio: median(gameT) / median(bareT), runs, limitRatio: 1.3, scenarioListMs: median(listT) },
      hallFrames: {
        p50Ms: percentile(frames, 0.5),
        p95Ms: percentile(frames, 0.95),
        frames: frames.length,
        // A frame that took longer than one refresh (16.7 ms), with a little room for timer jitter.
        longFrames: frames.filter((d) => d > 18).length,
        limitMs: 16.7,
        bareP95Ms: percentile(bareFrames, 0.95),
      },
      hallIdle: { canvasFps: drawn0 === null || drawn1 === null ? null : (drawn1 - drawn0) / idleSeconds, mainThreadBusy: (busy1 - busy0) / idleSeconds },
      inputToHud: { p50Ms: percentile(latencies, 0.5), p95Ms: percentile(latencies, 0.95), maxMs: Math.max(...latencies), samples: latencies.length, limitMs: 50 },
      renderer,
      viewport: VIEWPORT,
    };
    if (options.print !== false) printResult(result);
    return result;
  } finally {
    await browser.close();
    await game.close();
    await bare.close();
  }
}

export function printResult(r: BrowserBenchResult): void {
  const out = (s: string) => process.stdout.write(`${s}\n`);
  const row = (name: string, value: string, limit: string, ok: boolean) => out(`${name.padEnd(34)}${value.padStart(16)}${limit.padStart(16)}  ${ok ? 'ok' : 'OVER'}`);
  out(`headless Chromium, ${r.viewport.width}×${r.viewport.height}, Phaser renderer: ${r.renderer}`);
  out(`${'measure'.padEnd(34)}${'value'.padStart(16)}${'limit'.padStart(16)}`);
  row('initial JS, gzipped', `${(r.initialJs.gzipBytes / 1024).toFixed(1)} KB`, '400 KB', r.initialJs.gzipBytes <= r.initialJs.limitBytes);
  row(`time to interactive (median of ${r.tti.runs})`, `${Math.round(r.tti.gameMs)} ms`, '', true);
  row('  bare Phaser page, same run', `${Math.round(r.tti.bareMs)} ms`, '', true);
  row('  game / bare Phaser', `${r.tti.ratio.toFixed(2)}x`, '1.30x', r.tti.ratio <= r.tti.limitRatio);
  row('  the title lists the scenarios', `${Math.round(r.tti.scenarioListMs)} ms`, '', true);
  row(`hall frame time p95 (${r.hallFrames.frames} frames)`, `${r.hallFrames.p95Ms.toFixed(2)} ms`, '16.7 ms', Math.round(r.hallFrames.p95Ms * 10) / 10 <= r.hallFrames.limitMs);
  row('  p50', `${r.hallFrames.p50Ms.toFixed(2)} ms`, '', true);
  row('  frames over 18 ms', `${r.hallFrames.longFrames} of ${r.hallFrames.frames}`, '', true);
  row('  bare Phaser page p95, same run', `${r.hallFrames.bareP95Ms.toFixed(2)} ms`, '', true);
  row('hall left alone: canvas frames/s', r.hallIdle.canvasFps === null ? 'not counted' : r.hallIdle.canvasFps.toFixed(1), '', true);
  row('  main thread busy', `${(r.hallIdle.mainThreadBusy * 100).toFixed(0)}%`, '', true);
  row(`input to HUD p95 (${r.inputToHud.samples} presses)`, `${r.inputToHud.p95Ms.toFixed(1)} ms`, '50 ms', r.inputToHud.p95Ms <= r.inputToHud.limitMs);
  row('  p50 / max', `${r.inputToHud.p50Ms.toFixed(1)} / ${r.inputToHud.maxMs.toFixed(1)} ms`, '', true);
  out(`initial scripts: ${r.initialJs.files.join(', ')}`);
}
