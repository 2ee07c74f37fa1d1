// The replay viewer: one line of a saved game step by step. A timeline of rounds and actions
// with the meters charted over it; a slider, the arrow keys, Home and End, the chart and the
// timeline to go to any step; playing at several speeds; the palace and rooms as they were at
// that step. From any step a new branch can be played on; the lines of the save form a tree
// that can be chosen, renamed and pruned (with an undo). Download, debrief, compare, what if.
import { compiledFor } from '../../machine/index.ts';
import type { CompiledScenario } from '../../model/index.ts';
import { branchTree, deleteBranch, lineEvents, MAIN, renameBranch, restoreBranches, settingsOf, type Branch, type LineNode, type SaveFile } from '../../replay/index.ts';
import type { Dialogs } from '../dom/dialogs.ts';
import { downloadText } from '../dom/download.ts';
import { el, fill, setText, uid } from '../dom/el.ts';
import { chooseCompareTarget } from './compare-choice.ts';
import type { CompareHost } from './compare-page.ts';
import { lineTree } from './line-tree.ts';
import { palaceView } from './palace-view.ts';
import type { ReplaySource } from '../../present/index.ts';
import { buildTimeline, gameWords, messages, outcomeName, StepCache, type TimelineStep } from '../../present/index.ts';
import { timelineList, type TimelineList } from './timeline-list.ts';
import { viewerChart, type ViewerChart } from './viewer-chart.ts';
import type { WhatIfHost } from './whatif-page.ts';
import './viewer.css';
import { notLoaded } from '../shell/lazy.ts';

export const SPEEDS = [0.5, 1, 2, 4] as const;
/** One step a second at 1×. */
const STEP_MS = 1000;

interface LineView {
  cache: StepCache;
  steps: TimelineStep[];
}

export interface ViewerStart {
  line: string;
  step: number;
}

/** What the viewer (and the compare view and what-if explorer it opens) needs of the page. */
export interface ReplayHost extends CompareHost, WhatIfHost {
  readonly dialogs: Dialogs;
}

/** The game in progress, when the source is it: its tree changes are kept at once, and a branch plays on as it. */
export interface LiveGame {
  /** Whether a replay source is the game in progress. */
  isLive(source: ReplaySource): boolean;
  /** The line the game in progress plays, when the source is that game. */
  liveLine(source: ReplaySource): string | null;
  /** Keeps a changed branch tree: saved at once for the game in progress, else kept for download. */
  keepTree(source: ReplaySource, save: SaveFile): ReplaySource;
  /** Plays on from `step` of `line` as a new branch of the source's save (it becomes the game in progress). */
  branchFrom(source: ReplaySource, line: string, step: number): Promise<boolean>;
}

function saveFileName(source: ReplaySource): string {
  return source.fileName ?? `shuttle-${source.save.scenario.id}-seed${source.save.seed}.json`;
}

function findLine(tree: LineNode, id: string): LineNode | null {
  if (tree.id === id) return tree;
  for (const ch of tree.children) {
    const found = findLine(ch, id);
    if (found) return found;
  }
  return null;
}

export function openReplayViewer(host: ReplayHost, live: LiveGame, source: ReplaySource, start?: ViewerStart): void {
  const settings = settingsOf(source.save);
  const c: CompiledScenario = compiledFor(source.scenario, settings);
  const lines = new Map<string, LineView>();
  const w = gameWords().replays.viewer;
  const common = messages().ui.common;
  let tree = branchTree(source.save, gameWords().compare.mainLine);
  let line = start && findLine(tree, start.line) ? start.line : MAIN;
  let step = 0;
  let timer: number | null = null;
  let speed: number = 1;

  const lineView = (id: string): LineView => {
    let v = lines.get(id);
    if (!v) {
      const events = lineEvents(source.save, id);
      const cache = new StepCache(source.scenario, settings, events);
      v = { cache, steps: buildTimeline(c, events, cache) };
      lines.set(id, v);
    }
    return v;
  };

  // ---- the parts of the page that change ----
  const treeBox = el('div', { class: 'vw-tree' });
  const treeStatus = el('div', { class: 'vw-tree-status row', attrs: { role: 'status' } });
  const stepLabel = el('p', { class: 'vw-step-label', attrs: { 'data-role': 'step-label' } });
  const rangeId = uid('scrub');
  const range = el('input', { id: rangeId, class: 'vw-range', attrs: { type: 'range', min: 0, max: 0, step: 1, value: 0, 'data-action': 'scrub' } });
  const playButton = el('button', { text: w.play, attrs: { type: 'button', 'data-action': 'play', 'aria-pressed': 'false' } });
  const speedId = uid('speed');
  const speedSelect = el('select', { id: speedId, attrs: { 'data-action': 'speed' } }, ...SPEEDS.map((s) => el('option', { text: w.speedOption(s), attrs: { value: s, selected: s === 1 } })));
  const branchButton = el('button', { class: 'primary', text: w.branchHere, attrs: { type: 'button', 'data-action': 'branch-here' } });
  const branchNote = el('span', { class: 'muted small', attrs: { 'data-role': 'branch-note' } });
  const chartBox = el('div', { class: 'vw-chart' });
  const palaceBox = el('div', { class: 'vw-palace' });
  const timelineBox = el('div', { class: 'vw-timeline' });
  let chart: ViewerChart | null = null;
  let list: TimelineList | null = null;

  const current = () => lineView(line);

  const stop = () => {
    if (timer !== null) window.clearTimeout(timer);
    timer = null;
    playButton.textContent = w.play;
    playButton.setAttribute('aria-pressed', 'false');
  };

  /** Shows a step: the state from the cache, then every part that depends on it. */
  const show = (target: number, focusTimeline = false) => {
    const v = current();
    const at = v.cache.view(target);
    step = at.step;
    const entry = v.steps[step];
    const last = v.steps.length - 1;
    const label = w.stepLabel({ step, last, round: (entry?.round ?? at.state.round) + 1, label: entry?.label ?? '' });
    // Said when a step is chosen, not at every step of playing.
    stepLabel.setAttribute('aria-live', timer === null ? 'polite' : 'off');
    setText(stepLabel, label);
    range.max = String(last);
    range.value = String(step);
    range.setAttribute('aria-valuetext', label);
    // The palace first: the timeline then measures once for its scroll.
    fill(palaceBox, palaceView(c, at.state, at.phase));
    chart?.setStep(step);
    list?.setStep(step);
    const over = at.phase === 'over';
    branchButton.disabled = over;
    setText(branchNote, over ? w.overAtStep : w.branchNote(step));
    if (focusTimeline) timelineBox.querySelector<HTMLButtonElement>(`[data-step="${step}"]`)?.focus();
  };

  /** The line the game in progress plays, while it is still being played (a finished game plays none). */
  const playing = (): string | null => {
    const id = live.liveLine(source);
    if (id === null) return null;
    const v = lineView(id);
    return v.cache.at(v.steps.length - 1).state.outcome === null ? id : null;
  };

  const renderTree = () => {
    fill(treeBox, lineTree({ tree, current: line, live: playing() }, { choose: chooseLine, rename, remove }));
  };

  const renderLine = (at: number) => {
    stop();
    const v = current();
    chart = viewerChart(c, v.steps, (s) => show(s));
    list = timelineList(v.steps, (s, focus) => show(s, focus));
    fill(chartBox, chart.node);
    fill(timelineBox, list.node);
    show(at);
  };

  // ---- the tree ----
  const keepTree = (save: SaveFile) => {
    source = live.keepTree(source, save);
    tree = branchTree(source.save, gameWords().compare.mainLine);
    // A line that is gone is forgotten; a restored one is rebuilt from its events.
    for (const [id, v] of [...lines]) {
      if (findLine(tree, id)) continue;
      v.cache.dispose();
      lines.delete(id);
    }
  };
  function chooseLine(id: string) {
    if (!findLine(tree, id)) return;
    line = id;
    renderTree();
    renderLine(Math.min(step, lineView(id).steps.length - 1));
    treeBox.querySelector<HTMLElement>(`[data-line="${CSS.escape(id)}"] .line-choose`)?.focus();
  }
  function rename(id: string, name: string) {
    keepTree(renameBranch(source.save, id, name));
    renderTree();
    fill(treeStatus, el('span', { text: w.renamed({ name, live: live.isLive(source) }) }));
    treeBox.querySelector<HTMLElement>(`[data-line="${CSS.escape(id)}"] .line-choose`)?.focus();
  }
  function remove(id: string) {
    const node = findLine(tree, id);
    if (!node) return;
    const { save, removed } = deleteBranch(source.save, id);
    const wasShown = findLine(node, line) !== null;
    keepTree(save);
    if (wasShown) {
      line = node.parent ?? MAIN;
      renderLine(Math.min(node.at, lineView(line).steps.length - 1));
    }
    renderTree();
    const more = removed.length - 1;
    const undo = el('button', { text: w.undo, attrs: { type: 'button', 'data-action': 'undo-delete' }, on: { click: () => restore(removed, node.name) } });
    fill(treeStatus, el('span', { text: w.deleted({ name: node.name, more }) }), undo);
    undo.focus();
  }
  function restore(removed: readonly Branch[], name: string) {
    keepTree(restoreBranches(source.save, removed));
    renderTree();
    fill(treeStatus, el('span', { text: w.back(name) }));
    treeBox.querySelector<HTMLElement>(`[data-line="${CSS.escape(removed[0]!.id)}"] .line-choose`)?.focus();
  }

  // ---- playing ----
  const tick = () => {
    timer = null;
    if (!range.isConnected) return;
    const last = current().steps.length - 1;
    if (step >= last) return stop();
    show(step + 1);
    timer = window.setTimeout(tick, STEP_MS / speed);
  };
  playButton.addEventListener('click', () => {
    if (timer !== null) return stop();
    if (step >= current().steps.length - 1) show(0);
    playButton.textContent = w.pause;
    playButton.setAttribute('aria-pressed', 'true');
    timer = window.setTimeout(tick, STEP_MS / speed);
  });
  speedSelect.addEventListener('change', () => {
    speed = Number(speedSelect.value) || 1;
  });
  range.addEventListener('input', () => show(Number(range.value)));

  // ---- leaving the viewer ----
  const here = () => ({ line, step });
  const back = () => openReplayViewer(host, live, source, here());
  branchButton.addEventListener('click', () => {
    stop();
    void live.branchFrom(source, line, step);
  });

  const moveButtons = [
    el('button', { text: w.first, attrs: { type: 'button', 'data-action': 'first' }, on: { click: () => show(0) } }),
    el('button', { text: w.previous, attrs: { type: 'button', 'data-action': 'previous' }, on: { click: () => show(step - 1) } }),
    playButton,
    el('button', { text: w.next, attrs: { type: 'button', 'data-action': 'next' }, on: { click: () => show(step + 1) } }),
    el('button', { text: w.last, attrs: { type: 'button', 'data-action': 'last' }, on: { click: () => show(current().steps.length - 1) } }),
  ];

  const where = live.isLive(source) ? (playing() === null ? w.thisGame : w.liveGame) : saveFileName(source);
  // What the main line's replay gives, never the outcome the file records (a file may lie).
  const mainLine = lineView(MAIN);
  const ended = mainLine.cache.at(mainLine.steps.length - 1).state.outcome?.id ?? null;
  const outcome = ended ? w.ended(outcomeName(c, ended)) : w.notFinished;
  const main = host.pages.open(
    w.title(source.scenario.title),
    [
      { label: common.downloadSave, action: 'download-save', run: () => downloadText(saveFileName(source), 'application/json', JSON.stringify(source.save, null, 2)) },
      {
        label: w.debrief,
        action: 'debrief',
        run: () => {
          stop();
          const end = current().cache.at(current().steps.length - 1).state;
          void import('../pages/debrief-page.ts')
            .then(({ openDebriefPage }) => openDebriefPage(host.pages, source.scenario, end, () => window.print(), { hints: source.save.hints ?? [], line, events: lineEvents(source.save, line) }))
            .catch(() => host.notices.show('load', notLoaded()));
        },
      },
      {
        label: w.compare,
        action: 'compare',
        run: () => {
          stop();
          void chooseCompareTarget(host.dialogs, tree, line, source.scenario.history.length > 0).then(async (target) => {
            // The compare view and the what-if explorer load on first use.
            if (target) (await import('./compare-page.ts')).openCompare(host, source, line, target, back);
            else if (tree.children.length === 0 && source.scenario.history.length === 0) host.notices.show('compare', w.oneLine);
          }).catch(() => host.notices.show('load', notLoaded()));
        },
      },
      {
        label: w.whatIf,
        action: 'what-if',
        run: () => {
          stop();
          void import('./whatif-page.ts')
            .then(({ openWhatIf }) => openWhatIf(host, source, line, step, back))
            .catch(() => host.notices.show('load', notLoaded()));
        },
      },
    ],
    [
      el('p', { class: 'muted', attrs: { 'data-role': 'replay-source', 'data-outcome': ended ?? 'none' }, text: w.source({ where, seed: source.save.seed, outcome }) }),
      el('section', { class: 'vw-lines', attrs: { 'aria-labelledby': 'vw-lines-heading' } }, el('h2', { id: 'vw-lines-heading', text: w.lines }), treeBox, treeStatus),
      el(
        'section',
        { class: 'vw-step', attrs: { 'aria-labelledby': 'vw-step-heading' } },
        el('h2', { id: 'vw-step-heading', text: w.stepByStep }),
        stepLabel,
        el('div', { class: 'row vw-scrub' }, el('label', { attrs: { for: rangeId }, text: w.step }), range),
        el('div', { class: 'row vw-controls' }, ...moveButtons, el('label', { attrs: { for: speedId }, text: w.speed }), speedSelect),
        el('div', { class: 'row' }, branchButton, branchNote),
        chartBox,
        palaceBox,
      ),
      el('section', { class: 'vw-timeline-section', attrs: { 'aria-labelledby': 'vw-timeline-heading' } }, el('h2', { id: 'vw-timeline-heading', text: w.timeline }), timelineBox),
    ],
    {
      // Closed or replaced (by the compare view, the what-if explorer, the debrief): the playback
      // stops and every line's machine is let go.
      onClose: () => {
        stop();
        for (const v of lines.values()) v.cache.dispose();
        lines.clear();
      },
    },
  );
  main.classList.add('replay-viewer');
  // Arrow keys, Home and End move through the steps from anywhere on the page but a field (the
  // slider and the timeline handle their own keys).
  main.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement;
    if (t.closest('input, select, textarea, form, [data-role="timeline"]') || e.altKey || e.ctrlKey || e.metaKey) return;
    const last = current().steps.length - 1;
    const to = e.key === 'ArrowRight' ? step + 1 : e.key === 'ArrowLeft' ? step - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? last : null;
    if (to === null) return;
    e.preventDefault();
    show(to);
  });
  renderTree();
  renderLine(start && start.line === line ? start.step : 0);
}
