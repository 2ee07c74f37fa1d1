// The layout scales from 1024×640 to a 4K projector without clipping the controls; reduced
// motion is honoured; the canvas draws on demand (at every frame while the mediator walks, at a
// lower rate for ambient motion, once a second when still); the Stately inspector is loaded only
// with ?inspect.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { act, newGameToHall, openTitle } from './actions.ts';
import { launch, openPage, shot, waitScene } from './browser.ts';
import { loadScenarioText } from '../../src/scenario/load.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** Nothing spills out of the window, and the named controls are on screen. */
async function fits(page: Page, selectors: string[]): Promise<void> {
  const report = await page.evaluate((sels) => {
    const doc = document.documentElement;
    const offscreen = sels.filter((s) => {
      const n = document.querySelector(s);
      if (!n) return true;
      const r = n.getBoundingClientRect();
      return r.width === 0 || r.left < 0 || r.top < 0 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1;
    });
    const hud = document.getElementById('hud')!;
    return { overflowX: doc.scrollWidth - innerWidth, overflowY: doc.scrollHeight - innerHeight, offscreen, hudClipped: hud.scrollHeight - hud.clientHeight };
  }, selectors);
  expect(report).toEqual({ overflowX: 0, overflowY: 0, offscreen: [], hudClipped: 0 });
}

for (const viewport of [
  { width: 1024, height: 640 },
  { width: 3840, height: 2160 },
]) {
  it(`fits at ${viewport.width}×${viewport.height}`, async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'), { viewport });
    await newGameToHall(page, inject('baseUrl'));
    await fits(page, ['[data-action="walk-0"]', '[data-action="recess"]', '.hud-menu button:last-child', '.ladder-focus', '.gap-bars']);
    await shot(page, `layout-${viewport.width}-hall`);
    await page.keyboard.press('e');
    await page.waitForSelector('.editor');
    await fits(page, ['[data-action="write-draft"]', '.editor select']);
    await shot(page, `layout-${viewport.width}-editor`);
    await page.keyboard.press('Escape');
    await act(page, '2');
    await waitScene(page, 'room');
    await fits(page, ['[data-action="listen"]', '.speech, .members']);
    await shot(page, `layout-${viewport.width}-room`);
    if (viewport.width >= 3840) expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBeGreaterThan(28);
    expect(errors).toEqual([]);
    await page.context().close();
  });
}

const daytonScenario = (() => {
  const r = loadScenarioText(readFileSync('scenarios/dayton-1995.yaml', 'utf8'), 'dayton-1995.yaml');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.scenario;
})();
const daytonOptional = daytonScenario.issues.filter((i) => !i.core && !i.scope).map((i) => i.name);

const daytonNames = daytonScenario.delegations.map((d) => d.shortName);

it('three delegations at 1280×800: however many messages and offers wait, the actions, the trade form and the way on to the news stay on screen', async () => {
  const names = daytonNames;
  const { page, errors } = await openPage(browser, inject('baseUrl'), { viewport: { width: 1280, height: 800 } });
  await openTitle(page, inject('baseUrl'));
  await page.check('input[value="built-in:dayton-1995.yaml"]');
  await page.focus('[data-action="new-game"]');
  await page.keyboard.press('Enter');
  await waitScene(page, 'briefing');
  await page.keyboard.press('b');
  await waitScene(page, 'hall');
  // The editor names each row's kind: an item neither core nor agenda is one a framework may leave open.
  await page.keyboard.press('e');
  await page.waitForSelector('.editor select');
  const optional = await page.$$eval('.draft-table tbody tr', (rows) => rows.filter((r) => r.querySelector('th .tag')?.textContent === 'Optional').map((r) => r.querySelector('th')?.firstChild?.textContent ?? ''));
  expect(daytonOptional.length).toBeGreaterThan(0);
  expect(optional).toEqual(daytonOptional);
  await page.keyboard.press('Escape');
  /** The actions' box starts on screen, with room for a few of them (it scrolls to the rest). */
  const actionsOnScreen = async (where: string) => {
    const box = await page.$eval('#side .actions', (a) => ({ top: a.getBoundingClientRect().top, bottom: a.getBoundingClientRect().bottom, view: innerHeight }));
    expect(box.top, `the actions in ${where}`).toBeLessThan(box.view - 150);
    expect(box.bottom - box.top, `the actions in ${where}`).toBeGreaterThan(150);
    expect(box.bottom, `the actions in ${where}`).toBeLessThanOrEqual(box.view);
    // The messages and offers keep enough room to be read.
    const notes = await page.$eval('#side .side-notes', (n) => n.getBoundingClientRect().height);
    expect(notes, `the messages and offers in ${where}`).toBeGreaterThan(60);
  };
  /** Walks by a key and waits for the room the state is in to be the one drawn (the scene key stays 'room' between rooms). */
  const enter = async (key: string) => {
    await act(page, key);
    await waitScene(page, 'room');
    await page.waitForFunction(
      (names) => {
        const at = (window.__shuttle!.snapshot() as { context: { location: string | number } }).context.location;
        return typeof at === 'number' && (document.querySelector('#where-heading')?.textContent ?? '').includes(names[at]!) && document.querySelector('[data-action="listen"]') !== null;
      },
      names,
    );
  };
  // Every room listened to: each delegation leaves a message (and often a trade) for the others.
  await enter('1');
  await act(page, 'l');
  for (const name of names.slice(1)) {
    await enter(String(names.indexOf(name) + 1));
    await act(page, 'l');
  }
  await actionsOnScreen('the third room');
  await page.keyboard.press('x');
  await page.waitForSelector('[data-panel="trade"]');
  // The trade form's choices keep inside it, however long an option.
  const spill = await page.$eval('[data-panel="trade"]', (panel) => {
    const edge = panel.getBoundingClientRect().right;
    return [...panel.querySelectorAll('select')].map((s) => s.getBoundingClientRect().right - edge).filter((d) => d > 1);
  });
  expect(spill).toEqual([]);
  await shot(page, 'layout-dayton-trade');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-panel="trade"]', { state: 'detached' });
  await act(page, 'm');
  await waitScene(page, 'hall');
  await shot(page, 'layout-dayton-hall');
  await actionsOnScreen('the hall');
  // A move that spends the day's last hours: the way on to the news stays on screen.
  await enter('1');
  for (let i = 0; i < 30 && !(await page.$('[data-action="day-over"]')); i++) await act(page, 'l');
  await page.waitForSelector('[data-action="day-over"]');
  await fits(page, ['[data-action="day-over"]']);
  await shot(page, 'layout-dayton-day-over');
  expect(errors).toEqual([]);
  await page.context().close();
});

/**
 * Between pressing "2" in the hall and the room: the most tweens running in any frame, and the
 * share of the browser's animation frames in which the canvas drew.
 */
async function walkToRoom(page: Page): Promise<{ tweens: number; drawnShare: number }> {
  // Sampled every frame: a walk lasts 850 ms, dozens of frames.
  await page.evaluate(() => {
    const w = window as unknown as { __tweenMax: number; __sampling: boolean; __rafs: number; __frames0: number };
    w.__tweenMax = 0;
    w.__sampling = true;
    w.__rafs = 0;
    w.__frames0 = window.__shuttle!.frames();
    const tick = () => {
      w.__tweenMax = Math.max(w.__tweenMax, window.__shuttle!.tweens());
      w.__rafs += 1;
      if (w.__sampling) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.keyboard.press('2');
  await waitScene(page, 'room');
  return page.evaluate(() => {
    const w = window as unknown as { __tweenMax: number; __sampling: boolean; __rafs: number; __frames0: number };
    w.__sampling = false;
    return { tweens: w.__tweenMax, drawnShare: (window.__shuttle!.frames() - w.__frames0) / w.__rafs };
  });
}

/** Frames the canvas draws in a second, counted over two seconds of a screen left alone. */
async function framesPerSecondWhenIdle(page: Page): Promise<number> {
  // The settling time after the last touch (400 ms) passes first.
  await page.waitForTimeout(600);
  const before = await page.evaluate(() => window.__shuttle!.frames());
  await page.waitForTimeout(2000);
  return ((await page.evaluate(() => window.__shuttle!.frames())) - before) / 2;
}

describe('motion', () => {
  it('honours prefers-reduced-motion', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'), { reducedMotion: 'reduce' });
    await newGameToHall(page, inject('baseUrl'));
    const styles = await page.evaluate(() => ({
      transition: getComputedStyle(document.documentElement).getPropertyValue('--transition').trim(),
      fill: getComputedStyle(document.querySelector('.meter .fill')!).transitionDuration,
    }));
    expect(styles.fill).toBe('0s');
    expect(['0s', '0ms']).toContain(styles.transition);
    // Nothing moves in the hall: the canvas draws only its once-a-second safety frame.
    expect(await framesPerSecondWhenIdle(page)).toBeLessThanOrEqual(2);
    // Its region shrinks with no window resize (say, the HUD grows): that frame fits the canvas to it.
    const fitted = () => page.evaluate(() => Math.round(document.querySelector('#stage canvas')!.getBoundingClientRect().height));
    const before = await fitted();
    await page.evaluate(() => {
      document.getElementById('stage')!.style.height = '300px';
    });
    await page.waitForFunction(() => document.querySelector('#stage canvas')!.getBoundingClientRect().height <= 301, null, { timeout: 2500 });
    await page.evaluate(() => {
      document.getElementById('stage')!.style.height = '';
    });
    await page.waitForFunction((h) => Math.round(document.querySelector('#stage canvas')!.getBoundingClientRect().height) === h, before, { timeout: 2500 });
    // The mediator does not walk: nothing animates between the key and the room.
    expect((await walkToRoom(page)).tweens).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('motion, when it is not reduced', () => {
  it('the mediator walks to the door (the same measure sees the animation), drawn at every frame', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'), { reducedMotion: 'no-preference' });
    await newGameToHall(page, inject('baseUrl'));
    // The ships ride at anchor: ambient motion, drawn about 20 times a second (fewer on a busy machine).
    const idle = await framesPerSecondWhenIdle(page);
    expect(idle).toBeGreaterThanOrEqual(5);
    expect(idle).toBeLessThanOrEqual(25);
    const walk = await walkToRoom(page);
    expect(walk.tweens).toBeGreaterThan(0);
    expect(walk.drawnShare).toBeGreaterThan(0.7);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the Stately inspector', () => {
  it('is not loaded without ?inspect', async () => {
    const { page } = await openPage(browser, inject('baseUrl'));
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await newGameToHall(page, inject('baseUrl'));
    expect(scripts.filter((u) => /stately-/.test(u))).toEqual([]);
    await page.context().close();
  });

  it('is loaded by a dynamic import with ?inspect', async () => {
    const { page } = await openPage(browser, inject('baseUrl'));
    const context = page.context();
    // The inspector opens stately.ai in a window: keep the test offline.
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await newGameToHall(page, `${inject('baseUrl')}?inspect`);
    expect(scripts.some((u) => /stately-/.test(u))).toBe(true);
    await context.close();
  });
});
