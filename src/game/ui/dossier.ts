// The briefing dossier: the situation, who is who, each side's public case in its own terms,
// the issues, and the facts with their sources. All scenario text is set as text. Terms the
// glossary knows (an issue's id or name, the theory named in "How to play") link to their entry.
import { findTerm, glossaryEntry, glossaryFor } from '../../classroom/index.ts';
import type { CompiledScenario, SideIndex } from '../../model/index.ts';
import { sourceBadge, sourceKindNote } from '../../present/index.ts';
import { el, safeHref } from '../dom/el.ts';
import { delegationName, longDate, mediatorLabel, memberLabel, sideName, type NameMode } from '../../present/index.ts';
import { createTabs, type TabSpec } from './tabs.ts';

type Source = CompiledScenario['scenario']['sources'][number];

/** Opens the glossary on one entry. */
export type GlossaryLink = (id: string) => void;

/** A button to a glossary entry, for a term this game's glossary knows (by id, term or alias). */
function termLink(c: CompiledScenario, glossary: GlossaryLink | undefined, ...names: string[]): HTMLElement | null {
  if (!glossary) return null;
  const entries = glossaryFor(c.scenario);
  const entry = names.map((n) => findTerm(n, entries) ?? glossaryEntry(n, entries)).find((e) => e !== undefined);
  if (!entry) return null;
  return el('button', { class: 'link small glossary-link', text: `Glossary: ${entry.term}`, attrs: { type: 'button', 'data-glossary-term': entry.id }, on: { click: () => glossary(entry.id) } });
}

export function sourceItem(source: Source): HTMLElement {
  const href = safeHref(source.url);
  const meta = [source.publisher, source.date ? longDate(source.date) : null].filter(Boolean).join(', ');
  return el(
    'li',
    {},
    href ? el('a', { text: source.title, attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }) : el('span', { text: source.title }),
    meta ? el('span', { class: 'muted', text: ` (${meta})` }) : null,
    el('span', { class: `badge source-kind kind-${source.kind}${source.reported ? ' reported' : ''}`, text: sourceBadge(source), attrs: { title: sourceKindNote(source.kind) } }),
    source.citation ? el('div', { class: 'small', text: source.citation }) : null,
    source.url ? el('div', { class: 'small muted', text: source.url }) : null,
  );
}

function situation(c: CompiledScenario, mode: NameMode): HTMLElement[] {
  const s = c.scenario;
  const parts: (HTMLElement | null)[] = [
    el('h2', { text: s.title }),
    s.subtitle ? el('p', { class: 'muted', text: s.subtitle }) : null,
    el('p', { text: s.summary }),
    el('h3', { text: 'Your role' }),
    el('p', { text: `You are ${mediatorLabel(c, mode)}, the mediator. The two delegations sit in separate rooms and never meet: you walk between them, carry what each says, and write one text in ${s.mediator.hallName}. Every action takes time, and each day ends with a recess and the news.` }),
    el('h3', { text: 'The days of talks' }),
    el('ol', {}, ...s.rounds.map((r) => el('li', { text: `${longDate(r.date)}: ${r.label} (${r.venue}, ${r.hours} hours)` }))),
  ];
  return parts.filter((x) => x !== null);
}

function whoIsWho(c: CompiledScenario, mode: NameMode): HTMLElement[] {
  const s = c.scenario;
  const side = (i: SideIndex) => {
    const d = s.delegations[i]!;
    return [
      el('h3', { text: `${d.name} (${i === 0 ? 'the room on the left' : 'the room on the right'})` }),
      el(
        'ul',
        { class: 'member-list' },
        ...d.members.map((m) => {
          const label = memberLabel(m, mode);
          const role = m.role === 'lead' ? 'leads the delegation' : m.role === 'attending' ? 'attends' : 'member';
          return el('li', {}, el('strong', { text: label.primary }), label.secondary ? `, ${label.secondary}` : '', el('span', { class: 'muted', text: ` (${role})` }), m.note ? el('div', { class: 'small muted', text: m.note }) : null);
        }),
      ),
    ];
  };
  return [
    el('h2', { text: 'Who is who' }),
    el('p', { class: 'muted small', text: 'Real public figures are shown by their public roles. Nothing here is a likeness, and every line they speak in the game is simulated unless it is marked as a reported quote.' }),
    el('h3', { text: `The mediator (${s.mediator.country})` }),
    el('p', { text: mediatorLabel(c, mode) }),
    ...side(0),
    ...side(1),
  ];
}

function publicCase(c: CompiledScenario, s: SideIndex): HTMLElement[] {
  const d = c.scenario.delegations[s]!;
  return [
    el('h2', { text: `${sideName(c, s)}’s case, in its own terms` }),
    el('p', { class: 'muted small', text: `What ${delegationName(c, s)} says in public. It is their case, not the game’s verdict.` }),
    el('div', { class: 'case' }, ...d.publicCase.map((p) => el('p', { text: p }))),
  ];
}

function issues(c: CompiledScenario, glossary?: GlossaryLink): HTMLElement[] {
  const s = c.scenario;
  const byId = new Map(s.sources.map((x) => [x.id, x]));
  return [
    el('h2', { text: 'The issues on the table' }),
    el('p', { class: 'muted small', text: 'Core issues must all be settled for a framework agreement. Agenda issues are set by proposing the agenda, not by editing the draft.' }),
    ...s.issues.flatMap((issue) => [
      el('h3', { text: `${issue.name}${issue.core ? ' (core)' : issue.scope ? ' (agenda)' : ''}` }),
      el('p', { text: issue.description }),
      termLink(c, glossary, issue.id, issue.name) ?? el('span'),
      el('ol', { class: 'options-list' }, ...issue.options.map((o) => el('li', { text: o.label }))),
      issue.sources.length
        ? el('p', { class: 'small muted', text: `Sources: ${issue.sources.map((id) => byId.get(id)?.title ?? id).join('; ')}` })
        : el('span'),
    ]),
  ];
}

function facts(c: CompiledScenario): HTMLElement[] {
  const s = c.scenario;
  return [
    el('h2', { text: 'Facts and sources' }),
    el('p', { class: 'muted small', text: 'Where the facts in this scenario come from, each marked with what it is. A “news report” is a report, not settled history; a “participant’s memoir” is one side’s own account, partisan by nature. Links open outside the game.' }),
    s.sources.length ? el('ul', { class: 'source-list' }, ...s.sources.map(sourceItem)) : el('p', { class: 'muted', text: 'This scenario lists no sources.' }),
  ];
}

const HOW_TO_PLAY_TERMS = ['single-text', 'shuttle-diplomacy', 'mediator-roles', 'ripeness', 'mhs', 'batna', 'reservation-value', 'two-level-game', 'pareto-frontier', 'nash-point'];

function howToPlay(c: CompiledScenario, glossary?: GlossaryLink): HTMLElement[] {
  const hall = c.scenario.mediator.hallName;
  const nodes: (HTMLElement | null)[] = [
    el('h2', { text: 'How to play' }),
    el(
      'ul',
      {},
      el('li', { text: `In ${hall}, write the draft: one option per issue, or leave an item open.` }),
      el('li', { text: 'Walk to a room to listen, carry the other side’s message, present the draft, ask for a concession, propose the agenda, paint the stalemate or offer a guarantee.' }),
      el('li', { text: `Both sides accepting the same text that settles every core issue is a framework agreement. Watch their patience, their trust in you, and the ${c.scenario.labels.pressure.toLowerCase()}.` }),
      el('li', { text: 'Every meter says why it moved: focus it or hover it. Press ? for the keys, and T for the glossary.' }),
    ),
    glossary ? el('h3', { text: 'Terms to know' }) : null,
    glossary ? el('ul', { class: 'glossary-terms' }, ...HOW_TO_PLAY_TERMS.map((id) => el('li', {}, termLink(c, glossary, id)))) : null,
  ];
  return nodes.filter((n): n is HTMLElement => n !== null);
}

export function createDossier(c: CompiledScenario, mode: NameMode, glossary?: GlossaryLink): { node: HTMLElement; focus(): void } {
  const specs: TabSpec[] = [
    { id: 'situation', label: 'The situation', panel: () => situation(c, mode) },
    { id: 'who', label: 'Who is who', panel: () => whoIsWho(c, mode) },
    { id: 'case0', label: `${sideName(c, 0)}’s case`, panel: () => publicCase(c, 0) },
    { id: 'case1', label: `${sideName(c, 1)}’s case`, panel: () => publicCase(c, 1) },
    { id: 'issues', label: 'The issues', panel: () => issues(c, glossary) },
    { id: 'facts', label: 'Facts and sources', panel: () => facts(c) },
    { id: 'how', label: 'How to play', panel: () => howToPlay(c, glossary) },
  ];
  return createTabs('The briefing dossier', specs);
}
