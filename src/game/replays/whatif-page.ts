// The what-if explorer: from one step of a line of a saved game, N simulated continuations in
// Web Workers (one per core), with a progress bar, an estimate and a cancel button; then the
// outcome distribution, the same per policy, and the next moves that change it most.
import { compiledFor, mediatorState, type GameEvent } from '../../machine/index.ts';
import { lineEvents, MAIN, settingsOf } from '../../replay/index.ts';
import { decisionBudget, planWhatIf, QUICK_POLICIES, summarise, type WhatIfPlan } from '../../sim/index.ts';
import { el, fill, setText, uid } from '../dom/el.ts';
import type { Announcer } from '../dom/announcer.ts';
import type { Notices } from '../dom/notice.ts';
import type { PageHost } from '../pages/page-host.ts';
import { gameWords, locationName, moveInWords, roundLabel } from '../../present/index.ts';
import type { ReplaySource } from '../../present/index.ts';
import { whatIfForm } from './whatif-form.ts';
import { runPool, workerCount, type PoolProgress, type PoolResult, type PoolRun } from './whatif-pool.ts';
import { workerShelf } from './whatif-workers.ts';
import { resultSentence, resultView, seconds, type OutcomeNames } from './whatif-view.ts';
import './whatif.css';

function lineLabel(source: ReplaySource, line: string): string {
  const w = gameWords().replays.whatIf;
  if (line === MAIN) return w.mainLine;
  return w.branch(source.save.branches.find((b) => b.id === line)?.name ?? line);
}

/** What the what-if explorer needs of the page. */
export interface WhatIfHost {
  readonly doc: Document;
  readonly pages: PageHost;
  readonly notices: Notices;
  readonly announcer: Announcer;
}

export function openWhatIf(host: WhatIfHost, source: ReplaySource, line: string, step: number, back?: () => void): void {
  const w = gameWords().replays.whatIf;
  let events: GameEvent[];
  try {
    events = lineEvents(source.save, line);
  } catch (err) {
    host.notices.show('whatif', w.cannotOpen((err as Error).message));
    return;
  }
  const { scenario } = source;
  const settings = settingsOf(source.save);
  const at = Math.max(0, Math.min(Math.floor(step), events.length));
  const names: OutcomeNames = scenario.labels.outcomes;
  const c = compiledFor(scenario, settings);

  // Where the game stands at the step (this replays to it: a log that does not fit is reported here).
  let probe: WhatIfPlan;
  try {
    probe = planWhatIf({ scenario, settings, events, at, runs: 1, policies: QUICK_POLICIES });
  } catch (err) {
    host.notices.show('whatif', w.cannotStart((err as Error).message));
    return;
  }
  const { phase } = probe;
  // What the mediator saw at the step: the page and the moves' words read no more.
  const state = mediatorState(c, probe.from.context, phase);

  let run: PoolRun | null = null;
  let main: HTMLElement | null = null;
  let pending: PoolProgress | null = null;
  let frame = 0;
  const shelf = workerShelf();
  const form = whatIfForm(
    () => start(),
    () => run?.cancel(),
  );
  const progressLabel = el('span', { id: uid('whatif-progress-label'), text: w.played });
  const progress = el('progress', { attrs: { max: 1, value: 0, 'aria-labelledby': progressLabel.id } });
  const progressText = el('p', { class: 'whatif-progress-text', text: w.notStarted, attrs: { 'data-whatif': 'progress-text' } });
  const results = el('section', { class: 'whatif-results', attrs: { 'aria-label': w.results, 'data-whatif': 'results' } });

  const showProgress = (p: PoolProgress) => {
    progress.max = p.total;
    progress.value = p.done;
    const left = p.remainingMs === null || p.done === p.total ? null : seconds(p.remainingMs);
    setText(progressText, w.progress({ done: p.done, total: p.total, left }));
  };
  // Workers report often; the page draws at most once a frame.
  const onProgress = (p: PoolProgress) => {
    pending = p;
    if (frame === 0) {
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (pending && run) showProgress(pending);
      });
    }
  };
  const setRunning = (running: boolean) => {
    form.setRunning(running);
    main?.setAttribute('aria-busy', String(running));
  };

  const finished = (plan: WhatIfPlan, r: PoolResult) => {
    run = null;
    cancelAnimationFrame(frame);
    frame = 0;
    setRunning(false);
    showProgress({ done: r.tally.done, total: plan.total, elapsedMs: r.elapsedMs, remainingMs: null });
    if (r.cancelled) setText(progressText, w.cancelled({ done: r.tally.done, total: plan.total }));
    if (!main?.isConnected) return;
    const summary = summarise(plan, r.tally, r.cancelled);
    fill(results, ...resultView({ names, plan, result: summary, done: r.tally.done, elapsedMs: r.elapsedMs, workers: r.workers, words: (e) => moveInWords(c, state, e) }));
    host.announcer.say(resultSentence(names, summary));
    const focused = host.doc.activeElement;
    if (focused === form.cancelButton || focused === host.doc.body || focused === null) form.runButton.focus();
  };

  const failed = (err: Error) => {
    run = null;
    setRunning(false);
    form.showError(w.failed(err.message));
    setText(progressText, w.stopped);
    form.runButton.focus();
  };

  const start = () => {
    if (run) return;
    const choice = form.read();
    if (!choice) return;
    const { runs, policies, tryMoves, hidden } = choice;
    let plan: WhatIfPlan;
    try {
      plan = planWhatIf({ scenario, settings, events, at, runs, policies, hidden, runsPerDecision: tryMoves ? (moves) => decisionBudget(runs, moves) : 0 });
    } catch (err) {
      form.showError((err as Error).message);
      return;
    }
    const request = { scenario, settings, events, at, runs, policies: policies.map((p) => p.name), runsPerDecision: plan.runsPerDecision, maxDecisions: 40, hidden };
    setText(progressText, w.starting(plan.total));
    progress.max = plan.total;
    progress.value = 0;
    fill(results);
    try {
      run = runPool(plan, request, { workers: workerCount(navigator.hardwareConcurrency), start: shelf.start, clock: () => performance.now(), onProgress });
    } catch (err) {
      form.showError(w.noWorkers((err as Error).message));
      return;
    }
    setRunning(true);
    form.cancelButton.focus();
    host.announcer.say(w.running({ total: plan.total, workers: run.workers }));
    run.result.then((r) => finished(plan, r), failed);
  };

  const where = phase === 'over' ? w.over : w.where({ round: roundLabel(c, state.round), place: locationName(c, state.location) });
  // Nothing follows the end of the talks: there is no continuation to play from it.
  if (phase === 'over') form.runButton.disabled = true;
  const backButton = back && {
    label: w.back,
    action: 'whatif-back',
    run: () => {
      run?.cancel();
      back();
    },
  };
  main = host.pages.open(w.title({ at, line: lineLabel(source, line) }), [], [
    el('p', { class: 'whatif-intro', text: w.intro({ title: scenario.title, at, of: events.length, where }) }),
    phase === 'over' ? el('p', { class: 'muted', attrs: { 'data-whatif': 'over' }, text: w.nothingAfter }) : null,
    form.node,
    el('div', { class: 'whatif-progress', attrs: { 'data-whatif': 'progress' } }, progressLabel, progress, progressText),
    results,
  ], {
    back: backButton,
    // Closing the page (Back, Escape, another page) ends any run and the idle workers.
    onClose: () => {
      run?.cancel();
      shelf.close();
    },
  });
  main.dataset.pageKind = 'whatif';
  main.classList.add('whatif-page');
  shelf.prestart(workerCount(navigator.hardwareConcurrency));
}
