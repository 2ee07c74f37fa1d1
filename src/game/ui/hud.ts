// The HUD: the day and the clock, the mediator's standing with each side (a warm/cool cue with
// patience, trust and closeness), and the agenda-scope tug-of-war. Every value animates when it
// changes, and focusing or hovering any meter says why it moved.
import type { MediatorState } from '../../machine/index.ts';
import type { CompiledScenario, SideIndex } from '../../model/index.ts';
import { el, setText } from '../dom/el.ts';
import { changeLine, clockTime, cueWord, gameWords, hoursText, messages, meterName, recentChanges, scopeHome, scopeParts, sideLabel, sideName, standingCue, waitingMessages, type VisibleMeter } from '../../present/index.ts';
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

function why(c: CompiledScenario, state: MediatorState, meter: VisibleMeter, side: SideIndex | null): WhyContent {
  return { title: gameWords().play.hud.why(meterName(c, meter, side)), lines: recentChanges(state, meter, side).map((e) => changeLine(c, e)) };
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
  const w = gameWords().play.hud;
  const cue = el('span', { class: 'cue' });
  const patience = meterRow(meterName(c, 'patience', s), 100, `side${s}`, w.patienceShort);
  const credibility = meterRow(meterName(c, 'credibility', s), 100, `side${s}`, w.trustShort);
  const closeness = meterRow(meterName(c, 'closeness', s), 100, `side${s}`, w.closenessShort);
  const flags = el('div', { class: 'flags' });
  const node = el(
    'section',
    { class: `hud-block standing side${s}`, attrs: { 'aria-label': w.standingWith(name) } },
    el('div', { class: 'who' }, el('span', { text: sideLabel(c, s) }), cue),
    patience.node,
    credibility.node,
    closeness.node,
    flags,
  );
  return { node, cue, flags, patience, credibility, closeness };
}

export function createHud(c: CompiledScenario, actions: HudActions): Hud {
  const w = gameWords().play.hud;
  const title = el('strong');
  const hours = el('span', { class: 'hours' });
  const hoursBox = el('span', { class: 'hours-box' }, hours);
  const clock = el('span', { class: 'muted' });
  const dayFill = el('span', { class: 'fill' });
  const dayMeter = el('span', { class: 'meter day', attrs: { role: 'meter', 'aria-label': meterName(c, 'hours'), 'aria-valuemin': 0 } }, el('span', { class: 'track', attrs: { 'aria-hidden': 'true' } }, dayFill));
  const sides = c.sideIndices.map((s) => sideBlock(c, s));
  const two = c.sideIndices.length === 2;

  const knot = el('span', { class: 'knot' });
  // The stretch of the rope both homes can sell (right to left, as the knot runs), when the scenario judges the agenda at home.
  const home = scopeHome(c, 0);
  const zone = home?.zone ? el('span', { class: 'home-zone', attrs: { title: two ? w.scopeZone : w.scopeZoneMany } }) : null;
  if (zone && home?.zone) {
    zone.style.insetInlineStart = `${100 - home.zone.max}%`;
    zone.style.insetInlineEnd = `${home.zone.min}%`;
  }
  const scopeReading = el('div', { class: 'reading' });
  const scopeFocus = el(
    'div',
    { class: 'meter-focus', attrs: { role: 'meter', tabindex: 0, 'aria-label': meterName(c, 'scope'), 'aria-valuemin': 0, 'aria-valuemax': 100 } },
    el('div', { class: 'tug', attrs: { 'aria-hidden': 'true' } }, el('span', { class: 'rope' }), zone, el('span', { class: 'mid' }), knot),
    // With two delegations each end is named for the side that pulls toward it; with more, the ends alone.
    el(
      'div',
      { class: 'tug-ends', attrs: { 'aria-hidden': 'true' } },
      el('span', { text: two ? w.scopeEnd({ end: c.scenario.labels.scopeWide, side: sideName(c, 0), first: true }) : w.scopeEndAlone({ end: c.scenario.labels.scopeWide, first: true }) }),
      el('span', { text: two ? w.scopeEnd({ end: c.scenario.labels.scopeNarrow, side: sideName(c, 1), first: false }) : w.scopeEndAlone({ end: c.scenario.labels.scopeNarrow, first: false }) }),
    ),
    scopeReading,
  );
  const scopeWhy = attachWhy(scopeFocus);
  scopeFocus.appendChild(scopeWhy.description);

  const scopeBlock = el('section', { class: 'hud-block scope', attrs: { 'aria-label': meterName(c, 'scope') } }, el('h2', { class: 'hud-title' }, icon('scope'), w.agenda), scopeFocus);
  const holder = el('div', { class: 'hud-contents' });
  holder.append(
    el('div', { class: 'hud-clock' }, icon('clock'), title, hoursBox, dayMeter, clock),
    // Two delegations flank the agenda; more stand in a row before it.
    ...(two ? [sides[0]!.node, scopeBlock, sides[1]!.node] : [...sides.map((b) => b.node), scopeBlock]),
    el(
      'nav',
      { class: 'hud-menu', attrs: { 'aria-label': w.gameMenu } },
      el('button', { text: '?', attrs: { type: 'button', 'aria-label': w.help, title: messages().ui.common.helpTitle }, on: { click: () => actions.help() } }),
      el('button', { text: messages().ui.common.settings, attrs: { type: 'button' }, on: { click: () => actions.settings() } }),
      el('button', { text: messages().ui.common.menu, attrs: { type: 'button' }, on: { click: () => actions.menu() } }),
    ),
  );

  return {
    node: holder,
    update(state, before) {
      const round = c.scenario.rounds[Math.min(state.round, c.scenario.rounds.length - 1)]!;
      setText(title, w.round({ round: state.round + 1, of: c.scenario.rounds.length, date: round.date, venue: round.venue }));
      setText(hours, w.left(hoursText(state.hoursLeft)));
      setText(clock, w.clock(clockTime(c, state.round, state.hoursLeft).text));
      const hoursBefore = before && before.round === state.round ? before.hoursLeft : state.hoursLeft;
      dayFill.style.width = `${Math.max(0, Math.min(100, (100 * state.hoursLeft) / round.hours))}%`;
      dayMeter.setAttribute('aria-valuemax', String(round.hours));
      dayMeter.setAttribute('aria-valuenow', String(state.hoursLeft));
      dayMeter.setAttribute('aria-valuetext', w.leftOf({ left: hoursText(state.hoursLeft), of: round.hours }));
      // Hours given (the teacher's extension) show as a gain, spent ones as a loss.
      if (hoursBefore !== state.hoursLeft) showDelta(hoursBox, state.hoursLeft - hoursBefore, `${state.hoursLeft > hoursBefore ? '+' : '−'}${hoursText(Math.abs(hoursBefore - state.hoursLeft))}`);

      for (const s of c.sideIndices) {
        const b = sides[s]!;
        const side = state.sides[s]!;
        const prev = before?.sides[s];
        const cue = standingCue(side);
        b.cue.className = `cue cue-${cue}`;
        b.cue.replaceChildren(icon(cue), document.createTextNode(cueWord(cue)));
        b.cue.setAttribute('aria-label', w.standing(cueWord(cue)));
        b.patience.update(side.patience, w.outOf100(Math.round(side.patience)), why(c, state, 'patience', s), prev ? side.patience - prev.patience : 0);
        b.credibility.update(side.credibility, w.outOf100(Math.round(side.credibility)), why(c, state, 'credibility', s), prev ? side.credibility - prev.credibility : 0);
        b.closeness.update(side.closeness, w.outOf100(Math.round(side.closeness)), why(c, state, 'closeness', s), prev ? side.closeness - prev.closeness : 0);
        const flags: HTMLElement[] = [];
        if (state.settings.people[s]) flags.push(el('span', { class: 'person', text: w.person, attrs: { 'data-people': '' } }));
        if (side.accepted === state.draftVersion) flags.push(el('span', { class: 'accepts', text: w.accepts(state.draftVersion) }));
        for (const m of waitingMessages(c, state, { from: s })) flags.push(el('span', { text: w.message(sideName(c, m.to)) }));
        b.flags.replaceChildren(...flags);
      }

      const scope = state.scope;
      knot.style.insetInlineStart = `${100 - scope}%`;
      const scopeWords = scope >= 67 ? w.scopeWide : scope > 33 ? w.scopeParts(scopeParts(c, state.draft)) : w.scopeNarrow;
      const atHome = scopeHome(c, scope);
      const words = atHome ? `${scopeWords}; ${w.scopeAtHome({ outside: atHome.outside.map((s) => sideName(c, s)), many: !two })}` : scopeWords;
      const reading = w.scopeReading({ value: Math.round(scope), words, wide: c.scenario.labels.scopeWide });
      setText(scopeReading, reading);
      scopeFocus.setAttribute('aria-valuenow', String(Math.round(scope)));
      scopeFocus.setAttribute('aria-valuetext', reading);
      scopeWhy.set(why(c, state, 'scope', null));
      if (before && before.scope !== scope) showDelta(scopeFocus, scope - before.scope);
    },
  };
}
