// The networked classroom in the browser, through the real class server (its static build and
// rooms in one process): the teacher opens a class; three browser contexts, the mediator on a
// laptop and the two delegations on a phone and a tablet, take their seats and play one game to
// its outcome. A delegation's connection drops in the middle of a question and comes back to the
// same seat and the same question. Each delegation's page holds its own brief only; the
// mediator's, none. Nothing is cut off at the devices' sizes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launch, openPage, shot, type Watched } from './browser.ts';
import { ROOT } from './server.ts';
import { removeData, startServerProcess, type ServerProcess } from '../server/helpers.ts';
import { stringify } from 'yaml';
import { nPartyInput } from '../fixtures/n-party.ts';

let browser: Browser;
let server: ServerProcess;

beforeAll(async () => {
  // The browser tests' global setup has built the game into dist/: the class server serves it.
  server = await startServerProcess({ env: { STATIC_DIR: join(ROOT, 'dist'), LOG_REFUSALS: '0' } });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) removeData(server.dataDir);
});

const LAPTOP: BrowserContextOptions = { viewport: { width: 1366, height: 768 } };
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const TABLET: BrowserContextOptions = { viewport: { width: 1024, height: 768 }, hasTouch: true };

async function tap(page: Page, selector: string): Promise<void> {
  const target = page.locator(selector).first();
  await target.waitFor({ state: 'visible', timeout: 15_000 });
  await target.click();
}

/** Nothing on the page is wider than the screen (no sideways scrolling, nothing cut off). */
async function fitsWidth(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function takeSeat(w: Watched, code: string, take: string, team: string): Promise<void> {
  await w.page.goto(`${server.base}/?class=join&code=${code}`);
  await w.page.locator('[data-field="team"]').fill(team);
  await tap(w.page, `[data-take="${take}"]`);
  await w.page.waitForURL(/class=play/);
  await w.page.locator('[data-connection="connected"]').waitFor({ timeout: 15_000 });
}

/** Another device reloads its page (it joins its seat anew) and the watcher's screen has redrawn since. */
async function reloadSeen(reloaded: Watched, watcher: Watched): Promise<void> {
  await watcher.page.evaluate(() => {
    const w = window as unknown as { redraws: number };
    w.redraws = 0;
    new MutationObserver(() => w.redraws++).observe(document.querySelector('.class-app')!, { childList: true });
  });
  await reloaded.page.reload();
  await reloaded.page.locator('[data-connection="connected"]').waitFor({ timeout: 15_000 });
  await watcher.page.waitForFunction(() => (window as unknown as { redraws: number }).redraws > 0, undefined, { timeout: 15_000 });
}

describe('the title screen on laptops and tablets', () => {
  it('shows the teachers’ row, the class server’s button included, above the fold', async () => {
    for (const viewport of [{ width: 1366, height: 768 }, { width: 1280, height: 800 }, { width: 1024, height: 768 }]) {
      const w = await openPage(browser, server.base, { viewport });
      await w.page.goto(`${server.base}/`);
      await w.page.waitForFunction(() => window.__shuttle?.ready === true, null, { timeout: 30_000 });
      for (const action of ['teacher-setup', 'compare-class', 'class-server']) {
        const bottom = await w.page.locator(`[data-action="${action}"]`).evaluate((b) => b.getBoundingClientRect().bottom);
        expect(bottom, `${action} at ${viewport.width}×${viewport.height}`).toBeLessThanOrEqual(viewport.height);
      }
      await w.page.context().close();
    }
  });
});

describe('a class on the class server, in three browsers', () => {
  let teacher: Watched, mediator: Watched, us: Watched, them: Watched;
  let code = '';

  it('lets the teacher open a class and shows the join code, address and QR code', async () => {
    teacher = await openPage(browser, server.base, LAPTOP);
    await teacher.page.goto(`${server.base}/?class=teach`);
    await teacher.page.locator('[data-field="games"]').fill('1');
    await teacher.page.locator('[data-field="rounds"]').fill('2');
    await tap(teacher.page, '[data-action="open-class"]');
    await teacher.page.locator('[data-join-code]').waitFor({ timeout: 15_000 });
    code = (await teacher.page.locator('[data-join-code]').textContent()) ?? '';
    expect(code).toMatch(/^[0-9A-Z]{6}$/);
    expect(await teacher.page.locator('svg.class-qr path').getAttribute('d')).toMatch(/^M/);
    await shot(teacher.page, 'class-dashboard');
  });

  it('seats the mediator on a laptop and the delegations on a phone and a tablet', async () => {
    mediator = await openPage(browser, server.base, LAPTOP);
    us = await openPage(browser, server.base, PHONE);
    them = await openPage(browser, server.base, TABLET);
    await takeSeat(mediator, code, '0:mediator', 'Omani envoys');
    await takeSeat(us, code, '0:delegation0', 'Blue');
    await takeSeat(them, code, '0:delegation1', 'Red');
    await teacher.page.locator('[data-game="0"] [data-seat="delegation1"]', { hasText: 'Red' }).waitFor({ timeout: 15_000 });
    for (const w of [mediator, us, them]) await fitsWidth(w.page);
  });

  it('puts a question to a delegation whose connection drops, and it answers from the same seat', async () => {
    await tap(mediator.page, '[data-move="BEGIN"]');
    await tap(mediator.page, '[data-move="walk-0"]');
    await tap(mediator.page, '[data-move="listen"]');
    await us.page.locator('form.brief-form [data-hotseat-action="answer"]').waitFor({ timeout: 15_000 });
    await shot(us.page, 'class-delegation-phone-question');
    // The phone loses its network in the middle of the question, then finds it again.
    await us.page.context().setOffline(true);
    await us.page.locator('[data-connection="reconnecting"]').waitFor({ timeout: 20_000 });
    await us.page.context().setOffline(false);
    await us.page.locator('[data-connection="connected"]').waitFor({ timeout: 30_000 });
    await us.page.locator('form.brief-form [data-hotseat-action="answer"]').waitFor({ timeout: 15_000 });
    await tap(us.page, 'form.brief-form [data-hotseat-action="answer"]');
    await mediator.page.locator('[data-move="walk-1"]:not([disabled])').waitFor({ timeout: 15_000 });
  });

  it('keeps each brief on its own delegation’s devices', async () => {
    expect(await mediator.page.locator('[data-brief]').count()).toBe(0);
    expect(await us.page.locator('[data-brief="us"]').count()).toBe(1);
    expect(await us.page.locator('[data-brief="iran"]').count()).toBe(0);
    expect(await them.page.locator('[data-brief="iran"]').count()).toBe(1);
    expect(await them.page.locator('[data-brief="us"]').count()).toBe(0);
  });

  it('plays the game to its outcome, which every device shows', async () => {
    // Each day: the mediator calls a recess and goes on to the next, until the talks end.
    const page = mediator.page;
    const any = page.locator('[data-outcome], [data-move="CONTINUE"]:not([disabled]), [data-move="recess"]:not([disabled])').first();
    for (let step = 0; step < 20 && (await page.locator('[data-outcome]').count()) === 0; step++) {
      await any.waitFor({ timeout: 15_000 });
      const next = page.locator('[data-move="CONTINUE"]:not([disabled]), [data-move="recess"]:not([disabled])').first();
      if ((await next.count()) === 0) continue;
      const seq = await page.locator('.class-transcript li').count();
      await next.click();
      // The move has landed when the page has changed (new words said, or a new phase).
      await page.waitForFunction((n) => document.querySelectorAll('.class-transcript li').length !== n || document.querySelector('[data-outcome]') !== null, seq, { timeout: 15_000 }).catch(() => undefined);
    }
    for (const w of [mediator, us, them]) await w.page.locator('[data-outcome]').waitFor({ timeout: 15_000 });
    await mediator.page.locator('[data-action="download-save"]').waitFor({ timeout: 15_000 });
    await teacher.page.locator('[data-game="0"] [data-outcome]').waitFor({ timeout: 15_000 });
    for (const [w, name] of [[mediator, 'class-mediator-laptop'], [us, 'class-delegation-phone'], [them, 'class-delegation-tablet']] as const) {
      await fitsWidth(w.page);
      await shot(w.page, name);
    }
  });

  it('ends the class and opens the comparison of its games', async () => {
    await tap(teacher.page, '[data-control="end-class"]');
    await teacher.page.locator('.class-comparison h2').first().waitFor({ timeout: 15_000 });
    expect(await teacher.page.locator('.class-comparison').textContent()).toContain('Omani envoys');
    await shot(teacher.page, 'class-comparison');
  });

  it('had no console error, no refused resource and no request off the server', () => {
    // Allowed: the phone's own offline spell, and msgpackr's guarded probe for eval as the
    // Colyseus SDK loads (the policy refuses it, and the library falls back to its interpreter).
    const expected = /ERR_INTERNET_DISCONNECTED|WebSocket connection|^CSP refused script-src: eval$/;
    for (const w of [teacher, mediator, us, them]) {
      expect(w.errors.filter((e) => !expected.test(e)), w.errors.join('\n')).toEqual([]);
      expect(w.external).toEqual([]);
    }
  });
});

describe('a class on a scenario the teacher opened from disk', () => {
  const OWN = readFileSync(join(ROOT, 'scenarios/camp-david-1978.yaml'), 'utf8')
    .replace(/^id: camp-david-1978$/m, 'id: camp-david-our-class')
    .replace(/^title: .*$/m, 'title: "Camp David, as our class plays it"');

  it('goes with the class to the server, and a student whose copy lacks it plays on it', async () => {
    const teacher = await openPage(browser, server.base, LAPTOP);
    await teacher.page.goto(`${server.base}/?class=teach`);
    // A file that is not a scenario is refused where the form's errors go, and nothing changes.
    const refused = teacher.page.waitForEvent('filechooser');
    await tap(teacher.page, '[data-action="class-scenario-file"]');
    await (await refused).setFiles({ name: 'notes.yaml', mimeType: 'application/x-yaml', buffer: Buffer.from('just: notes\n', 'utf8') });
    await teacher.page.locator('.class-form .error', { hasText: 'notes.yaml is not a scenario the game can play' }).waitFor({ timeout: 15_000 });
    expect(await teacher.page.locator('[data-field="scenario"]').inputValue()).toBe('muscat-2026');
    const chooser = teacher.page.waitForEvent('filechooser');
    await tap(teacher.page, '[data-action="class-scenario-file"]');
    await (await chooser).setFiles({ name: 'our-class.yaml', mimeType: 'application/x-yaml', buffer: Buffer.from(OWN, 'utf8') });
    await teacher.page.locator('[data-field="scenario"] option', { hasText: 'Camp David, as our class plays it (from a file)' }).waitFor({ state: 'attached', timeout: 15_000 });
    expect(await teacher.page.locator('[data-field="scenario"]').inputValue()).toBe('camp-david-our-class');
    expect(await teacher.page.locator('.class-form .error').textContent()).toBe('');
    await teacher.page.locator('[data-field="games"]').fill('1');
    await tap(teacher.page, '[data-action="open-class"]');
    await teacher.page.locator('[data-join-code]').waitFor({ timeout: 15_000 });
    const code = (await teacher.page.locator('[data-join-code]').textContent()) ?? '';

    // A fresh browser: its copy of the game has never seen the file.
    const student = await openPage(browser, server.base, LAPTOP);
    await takeSeat(student, code, '0:mediator', 'Our envoys');
    await student.page.locator('[data-move="BEGIN"]').waitFor({ timeout: 15_000 });
    expect(await student.page.locator('.class-app .error:not(:empty)').count()).toBe(0);
    await tap(student.page, '[data-move="BEGIN"]');
    await student.page.locator('[data-move="walk-0"]:not([disabled])').waitFor({ timeout: 15_000 });
    expect(await student.page.locator('[data-move="walk-0"]').textContent()).toContain('Egypt');
    expect(student.errors.filter((e) => !/^CSP refused script-src: eval$/.test(e))).toEqual([]);
    expect(student.external).toEqual([]);
    await student.page.context().close();
    await teacher.page.context().close();
  });
});

describe('a class of three delegations, on a file the teacher opened', () => {
  it('gives each delegation a seat and a box, asks the third its question on its own device, and shows the mediator every delegation', async () => {
    const input = nPartyInput(3);
    input.setting = { venue: 'conference-base', pressureIcon: 'aircraft' };
    const teacher = await openPage(browser, server.base, LAPTOP);
    await teacher.page.goto(`${server.base}/?class=teach`);
    const chooser = teacher.page.waitForEvent('filechooser');
    await tap(teacher.page, '[data-action="class-scenario-file"]');
    await (await chooser).setFiles({ name: 'three.yaml', mimeType: 'application/x-yaml', buffer: Buffer.from(stringify(input), 'utf8') });
    await teacher.page.locator('[data-field="scenario"] option', { hasText: `${input.title} (from a file)` }).waitFor({ state: 'attached', timeout: 15_000 });
    // A box per delegation, each named: the first two left to the computer, the third to a student.
    const boxes = teacher.page.locator('[data-field^="people"]');
    expect(await boxes.count()).toBe(3);
    expect(await teacher.page.locator('fieldset:has([data-field="people2"])').textContent()).toContain(input.delegations[2]!.name);
    await teacher.page.locator('[data-field="people0"]').uncheck();
    await teacher.page.locator('[data-field="people1"]').uncheck();
    await teacher.page.locator('[data-field="games"]').fill('1');
    await tap(teacher.page, '[data-action="open-class"]');
    await teacher.page.locator('[data-join-code]').waitFor({ timeout: 15_000 });
    const code = (await teacher.page.locator('[data-join-code]').textContent()) ?? '';

    const mediator = await openPage(browser, server.base, LAPTOP);
    const east = await openPage(browser, server.base, TABLET);
    await takeSeat(mediator, code, '0:mediator', 'Envoys');
    await takeSeat(east, code, '0:delegation2', 'Easterners');
    await teacher.page.locator('[data-game="0"] [data-seat="delegation2"]', { hasText: 'Easterners' }).waitFor({ timeout: 15_000 });
    await tap(mediator.page, '[data-move="BEGIN"]');
    // The mediator walks to every room, and sees every delegation's meters.
    await mediator.page.locator('[data-move="walk-2"]:not([disabled])').waitFor({ timeout: 15_000 });
    // A choice made in the draft editor outlives another device's doings (the tablet reloads).
    await tap(mediator.page, '[data-move="open-editor"]');
    const row = mediator.page.locator('.class-draft select').first();
    const values = await row.locator('option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
    const picked = values.find((v) => v !== '') === (await row.inputValue()) ? values[2]! : values.find((v) => v !== '')!;
    await row.selectOption(picked);
    await reloadSeen(east, mediator);
    expect(await mediator.page.locator('.class-draft select').first().inputValue()).toBe(picked);
    await tap(mediator.page, '[data-move="open-editor"]');
    for (const i of [0, 1, 2]) expect(await mediator.page.locator(`[data-move="walk-${i}"]`).count()).toBe(1);
    const screen = (await mediator.page.locator('.class-app').textContent()) ?? '';
    for (const d of input.delegations) expect(screen).toContain(d.shortName);
    expect(screen).not.toMatch(/undefined|NaN/);
    // The third delegation's student is asked, on the tablet, and answers; the mediator goes on.
    await tap(mediator.page, '[data-move="walk-2"]');
    await tap(mediator.page, '[data-move="listen"]');
    await east.page.locator('form.brief-form [data-hotseat-action="answer"]').waitFor({ timeout: 15_000 });
    expect(await east.page.locator('[data-brief="east"]').count()).toBe(1);
    expect(await mediator.page.locator('[data-brief]').count()).toBe(0);
    await tap(east.page, 'form.brief-form [data-hotseat-action="answer"]');
    await mediator.page.locator('[data-move="walk-0"]:not([disabled])').waitFor({ timeout: 15_000 });
    // A trade from this room: the form asks whom it is with, and the proposal is put (and answered by the student).
    await tap(mediator.page, '[data-move="trade"]');
    await mediator.page.locator('[data-panel="trade"] [data-trade="with"]').waitFor({ timeout: 15_000 });
    const partners = await mediator.page.locator('[data-trade="with"] option').allTextContents();
    expect(partners.length).toBeGreaterThanOrEqual(1);
    for (const p of partners) expect(input.delegations.slice(0, 2).some((d) => p.includes(d.shortName))).toBe(true);
    // The choices made in the form outlive another device's doings: the student's tablet reloads
    // (it joins its seat anew and, alone there, holds the floor) and the mediator's screen
    // redraws with the form as it was.
    const form = '[data-panel="trade"] select';
    await mediator.page.locator('[data-trade="with"]').selectOption({ index: partners.length - 1 });
    await mediator.page.locator('[data-trade="give"]').selectOption({ index: (await mediator.page.locator('[data-trade="give"] option').count()) - 1 });
    await mediator.page.locator('[data-trade="get"]').focus();
    const chosen = await mediator.page.$$eval(form, (s) => s.map((x) => (x as HTMLSelectElement).value));
    await reloadSeen(east, mediator);
    expect(await mediator.page.$$eval(form, (s) => s.map((x) => (x as HTMLSelectElement).value))).toEqual(chosen);
    expect(await mediator.page.evaluate(() => document.activeElement?.getAttribute('data-trade'))).toBe('get');
    await tap(mediator.page, '[data-action="trade-propose"]');
    // The student is asked, on its own device, with the counterpart named; its yes goes on the record.
    const asked = east.page.locator('form.brief-form [data-hotseat-action="answer"]');
    await asked.waitFor({ timeout: 15_000 });
    expect(await east.page.locator('[data-brief]').textContent()).toMatch(/proposes a trade: we move on .+ if (Northland|Southland) moves on/);
    await east.page.locator('[data-answer="accept"]').check();
    await tap(east.page, 'form.brief-form [data-hotseat-action="answer"]');
    await mediator.page.locator('[data-move="walk-0"]:not([disabled])').waitFor({ timeout: 15_000 });
    await mediator.page.locator('.class-transcript li', { hasText: 'offers a trade' }).waitFor({ timeout: 15_000 });
    expect(await mediator.page.locator('[data-panel="trade"]').count()).toBe(0);
    await fitsWidth(east.page);
    await shot(mediator.page, 'class-three-mediator');
    await shot(east.page, 'class-three-delegation');
    for (const w of [teacher, mediator, east]) {
      expect(w.errors.filter((e) => !/^CSP refused script-src: eval$/.test(e)), w.errors.join('\n')).toEqual([]);
      expect(w.external).toEqual([]);
      await w.page.context().close();
    }
  });
});
