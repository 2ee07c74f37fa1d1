// The HUD: the day and the clock, the mediator's standing with each side (a warm/cool cue with
// patience, trust and closeness), and the agenda-scope tug-of-war. Every value animates when it
// changes, and focusing or hovering any meter says why it moved.
import type { MediatorState } from '../../machine/index.ts';
import type { CompiledScenario, SideIndex } from '../../model/index.ts';
import { el, setText } from '../dom/el.ts';
import { changeLine, clockTime, CUE_WORDS, hoursText, longDate, recentChanges, sideName, standingCue, type VisibleMeter } from '../../present/index.ts';
import { icon } from './icons.ts';
import { meterRow, showDelta, type MeterRow } from './meter.ts';
import { attachWhy, type WhyContent } from './why.ts';

export interface HudActions {
  help(): void;
  settings(): void;
  menu(): void;
}

export interface Hud {
  readonly node: HTMLElement;
  update(state: MediatorState, before: MediatorState | null): void;
}

function why(c: CompiledScenario, state: MediatorState, title: string, meter: VisibleMeter, side: SideIndex | null): WhyContent {
  return { title: `Why ${title} moved`, lines: recentChanges(state, meter, side).map((e) => changeLine(c, e)) };
}

interface SideBlock {
  node: HTMLElement;
  cue: HTMLElement;
  flags: HTMLElement;
  patience: MeterRow;
  credibility: MeterRow;
  closeness: MeterRow;
}

function sideBlock(c: CompiledScenario, s: SideIndex): SideBlock {
  const name = sideName(c, s);
  const cue = el('span', { class: 'cue' });
  const patience = meterRow(`Patience: ${name}`, 100, `side${s}`, 'Patience');
  const credibility = meterRow(`Trust in you: ${name}`, 100, `side${s}`, 'Trust');
  const closeness = meterRow(`Closeness: ${name}`, 100, `side${s}`, 'Closeness');
  const flags = el('div', { class: 'flags' });
  const node = el(
    'section',
    { class: `hud-block standing side${s}`, attrs: { 'aria-label': `Your standing with ${name}` } },
    el('div', { class: 'who' }, el('span', { text: name }), cue),
    patience.node,
    credibility.node,
    closeness.node,
    flags,
  );
  return { node, cue, flags, patience, credibility, closeness };
}

export function createHud(c: CompiledScenario, actions: HudActions): Hud {
  const title = el('strong');
  const hours = el('span', { class: 'hours' });
  const hoursBox = el('span', { class: 'hours-box' }, hours);
  const clock = el('span', { class: 'muted' });
  const dayFill = el('span', { class: 'fill' });
  const dayMeter = el('span', { class: 'meter day', attrs: { role: 'meter', 'aria-label': 'Hours left today', 'aria-valuemin': 0 } }, el('span', { class: 'track', attrs: { 'aria-hidden': 'true' } }, dayFill));
  const sides = [sideBlock(c, 0), sideBlock(c, 1)] as const;

  const knot = el('span', { class: 'knot' });
  const scopeReading = el('div', { class: 'reading' });
  const scopeFocus = el(
    'div',
    { class: 'meter-focus', attrs: { role: 'meter', tabindex: 0, 'aria-label': 'Agenda scope', 'aria-valuemin': 0, 'aria-valuemax': 100 } },
    el('div', { class: 'tug', attrs: { 'aria-hidden': 'true' } }, el('span', { class: 'rope' }), el('span', { class: 'mid' }), knot),
    el('div', { class: 'tug-ends', attrs: { 'aria-hidden': 'true' } }, el('span', { text: `← ${c.scenario.labels.scopeWide} (${sideName(c, 0)})` }), el('span', { text: `${c.scenario.labels.scopeNarrow} (${sideName(c, 1)}) →` })),
    scopeReading,
  );
  const scopeWhy = attachWhy(scopeFocus);
  scopeFocus.appendChild(scopeWhy.description);

  const holder = el('div', { class: 'hud-contents' });
  holder.append(
    el('div', { class: 'hud-clock' }, icon('clock'), title, hoursBox, dayMeter, clock),
    sides[0].node,
    el('section', { class: 'hud-block scope', attrs: { 'aria-label': 'Agenda scope' } }, el('h2', { class: 'hud-title' }, icon('scope'), ' Agenda: the tug-of-war'), scopeFocus),
    sides[1].node,
    el(
      'nav',
      { class: 'hud-menu', attrs: { 'aria-label': 'Game menu' } },
      el('button', { text: '?', attrs: { type: 'button', 'aria-label': 'Help and keys', title: 'Help and keys (?)' }, on: { click: () => actions.help() } }),
      el('button', { text: 'Settings', attrs: { type: 'button' }, on: { click: () => actions.settings() } }),
      el('button', { text: 'Menu', attrs: { type: 'button' }, on: { click: () => actions.menu() } }),
    ),
  );

  return {
    node: holder,
    update(state, before) {
      const round = c.scenario.rounds[Math.min(state.round, c.scenario.rounds.length - 1)]!;
      setText(title, `Round ${state.round + 1} of ${c.scenario.rounds.length} · ${longDate(round.date)} · ${round.venue}`);
      setText(hours, `${hoursText(state.hoursLeft)} left`);
      setText(clock, `Clock ${clockTime(c, state.round, state.hoursLeft).text}`);
      const hoursBefore = before && before.round === state.round ? before.hoursLeft : state.hoursLeft;
      dayFill.style.width = `${Math.max(0, Math.min(100, (100 * state.hoursLeft) / round.hours))}%`;
      dayMeter.setAttribute('aria-valuemax', String(round.hours));
      dayMeter.setAttribute('aria-valuenow', String(state.hoursLeft));
      dayMeter.setAttribute('aria-valuetext', `${hoursText(state.hoursLeft)} left of ${round.hours}`);
      if (hoursBefore !== state.hoursLeft) showDelta(hoursBox, state.hoursLeft - hoursBefore, `−${hoursText(hoursBefore - state.hoursLeft)}`);

      for (const s of [0, 1] as const) {
        const b = sides[s];
        const side = state.sides[s];
        const prev = before?.sides[s];
        const cue = standingCue(side);
        b.cue.className = `cue cue-${cue}`;
        b.cue.replaceChildren(icon(cue), document.createTextNode(CUE_WORDS[cue]));
        b.cue.setAttribute('aria-label', `Your standing: ${CUE_WORDS[cue].toLowerCase()}`);
        const name = sideName(c, s);
        b.patience.update(side.patience, `${Math.round(side.patience)} of 100`, why(c, state, `${name}’s patience`, 'patience', s), prev ? side.patience - prev.patience : 0);
        b.credibility.update(side.credibility, `${Math.round(side.credibility)} of 100`, why(c, state, `${name}’s trust in you`, 'credibility', s), prev ? side.credibility - prev.credibility : 0);
        b.closeness.update(side.closeness, `${Math.round(side.closeness)} of 100`, why(c, state, `${name}’s closeness to you`, 'closeness', s), prev ? side.closeness - prev.closeness : 0);
        const flags: HTMLElement[] = [];
        if (state.settings.people[s]) flags.push(el('span', { class: 'person', text: 'Played by a person. ', attrs: { 'data-people': '' } }));
        if (side.accepted === state.draftVersion) flags.push(el('span', { class: 'accepts', text: `Accepts draft ${state.draftVersion}. ` }));
        if (side.pending) flags.push(el('span', { text: `Has a message for ${sideName(c, s === 0 ? 1 : 0)}. ` }));
        b.flags.replaceChildren(...flags);
      }

      const scope = state.scope;
      knot.style.left = `${100 - scope}%`;
      const scopeWord = scope >= 67 ? 'wide: the wider issues are in the deal' : scope > 33 ? 'middle: the wider issues on a parallel track or later' : 'narrow: the core file only';
      setText(scopeReading, `${Math.round(scope)} of 100, ${scopeWord}`);
      scopeFocus.setAttribute('aria-valuenow', String(Math.round(scope)));
      scopeFocus.setAttribute('aria-valuetext', `${Math.round(scope)} of 100, ${scopeWord}`);
      scopeWhy.set(why(c, state, 'the agenda scope', 'scope', null));
      if (before && before.scope !== scope) showDelta(scopeFocus, scope - before.scope);
    },
  };
}
