// The hall and rooms at one step of a replay (whatever the scenario's venue): a schematic of the
// delegations' rooms either side of the hall (the scenario's hallName), where the mediator
// stands, each side's visible meters and the positions it has stated, the draft text, what was
// said at that step and the round's news. Text only.
import { itemAt, type CompiledScenario, type SideIndex } from '../../model/index.ts';
import type { Phase, MediatorState } from '../../machine/index.ts';
import { el } from '../dom/el.ts';
import { clockTime, cueWord, gameWords, hallName, hoursText, messages, meterName, moodOf, moodWord, namesItsSpeaker, optionLabel, reasonText, roomName, roundLabel, roundNewsCards, saidMark, saidText, entrySpeakerLabel, standingCue } from '../../present/index.ts';

const words = () => gameWords().replays.palace;

const here = () => el('p', { class: 'pv-here', attrs: { 'data-role': 'mediator-here' } }, el('span', { attrs: { 'aria-hidden': 'true' }, text: '◆ ' }), words().here);

function room(c: CompiledScenario, state: MediatorState, s: SideIndex): HTMLElement {
  const w = words();
  const side = state.sides[s]!;
  const stated = c.scenario.issues.flatMap((issue, i) => {
    const heard = itemAt(side.heard, i);
    return heard === null ? [] : [el('li', {}, el('span', { class: 'muted', text: messages().ui.common.labelled(issue.name) }), optionLabel(c, i, heard))];
  });
  return el(
    'section',
    { class: `pv-room pv-side${s}${state.location === s ? ' pv-current' : ''}`, attrs: { 'aria-label': roomName(c, s), 'data-room': String(s) } },
    el('h3', { text: roomName(c, s) }),
    state.location === s ? here() : null,
    el(
      'dl',
      { class: 'pv-meters' },
      el('dt', { text: meterName(c, 'patience', null) }),
      el('dd', { text: w.meter({ value: Math.round(side.patience), words: moodWord(moodOf(side)) }) }),
      el('dt', { text: meterName(c, 'credibility', null) }),
      el('dd', { text: w.meter({ value: Math.round(side.credibility), words: cueWord(standingCue(side)).toLowerCase() }) }),
    ),
    side.accepted === state.draftVersion && state.draftVersion > 0 ? el('p', { class: 'pv-accepted', text: w.accepts(state.draftVersion) }) : null,
    el('h4', { text: w.stated }),
    stated.length ? el('ul', { class: 'pv-list' }, ...stated) : el('p', { class: 'muted small', text: w.notHeard }),
  );
}

function majlis(c: CompiledScenario, state: MediatorState): HTMLElement {
  const items = c.scenario.issues.map((issue, i) => {
    const option = itemAt(state.draft, i);
    return el('li', { class: option === null ? 'muted' : '' }, el('span', { class: 'muted', text: messages().ui.common.labelled(issue.name) }), optionLabel(c, i, option));
  });
  return el(
    'section',
    { class: `pv-room pv-majlis${state.location === 'majlis' ? ' pv-current' : ''}`, attrs: { 'aria-label': hallName(c), 'data-room': 'majlis' } },
    el('h3', { text: hallName(c) }),
    state.location === 'majlis' ? here() : null,
    el('h4', { text: state.draftVersion > 0 ? words().draft(state.draftVersion) : words().noDraft }),
    el('ul', { class: 'pv-list pv-draft', attrs: { 'data-role': 'draft' } }, ...items),
  );
}

/** What the step itself produced: the lines said (and reported) at that step. */
function said(c: CompiledScenario, state: MediatorState): HTMLElement {
  const w = words();
  const lines = [];
  for (let i = state.transcript.length - 1; i >= 0 && state.transcript[i]!.step === state.step; i--) lines.unshift(state.transcript[i]!);
  return el(
    'section',
    { class: 'pv-said', attrs: { 'aria-label': w.said, 'data-role': 'said' } },
    el('h4', { text: w.said }),
    lines.length
      ? el('ul', { class: 'pv-list' }, ...lines.map((t) => el('li', {}, namesItsSpeaker(t) ? null : el('strong', { text: messages().ui.common.labelled(entrySpeakerLabel(c, t)) }), saidText(c, t, state.settings, state.transcript), saidMark(t) === 'simulated' ? el('span', { class: 'muted small', text: w.simulated }) : null)))
      : el('p', { class: 'muted small', text: w.nothingSaid }),
  );
}

function news(c: CompiledScenario, state: MediatorState): HTMLElement {
  const w = words();
  const items = roundNewsCards(c, state);
  return el(
    'section',
    { class: 'pv-news', attrs: { 'aria-label': w.news } },
    el('h4', { text: w.news }),
    items.length ? el('ul', { class: 'pv-list' }, ...items.map((n) => el('li', {}, el('span', { class: 'muted small', text: messages().ui.common.labelled(n.kind) }), n.headline))) : el('p', { class: 'muted small', text: w.noNews }),
  );
}

export function palaceView(c: CompiledScenario, state: MediatorState, phase: Phase): HTMLElement {
  const w = words();
  // The rooms either side of the hall: the first half of the delegations before it, the rest after.
  const left = Math.ceil(c.sideIndices.length / 2);
  const rung = c.scenario.escalation.rungs[state.pressure];
  const status =
    phase === 'over' && state.outcome
      ? w.over(reasonText(c, state.outcome.reason))
      : w.status({ round: roundLabel(c, state.round), clock: clockTime(c, state.round, state.hoursLeft).text, left: hoursText(state.hoursLeft) });
  return el(
    'div',
    // The venue as data, not words: the schematic names the hall by the scenario's hallName alone.
    { class: 'palace-view', attrs: { 'data-role': 'palace', 'data-venue': c.scenario.setting.venue } },
    el('p', { class: 'pv-status', attrs: { 'data-role': 'status' }, text: status }),
    el(
      'p',
      { class: 'pv-shared small' },
      w.shared({
        pressure: meterName(c, 'pressure', null),
        rung: rung?.name ?? String(state.pressure),
        at: state.pressure + 1,
        of: c.topRung + 1,
        progress: meterName(c, 'progress', null),
        progressValue: Math.round(state.progress),
        scope: meterName(c, 'scope', null),
        scopeValue: Math.round(state.scope),
      }),
    ),
    el('div', { class: `pv-palace pv-rooms${c.sideIndices.length}` }, ...c.sideIndices.slice(0, left).map((s) => room(c, state, s)), majlis(c, state), ...c.sideIndices.slice(left).map((s) => room(c, state, s))),
    el('div', { class: 'pv-below' }, said(c, state), news(c, state)),
  );
}
