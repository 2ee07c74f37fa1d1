// The briefing dossier: the situation, who is who, each side's public case in its own terms,
// the issues, and the facts with their sources. All scenario text is set as text. Terms the
// glossary knows (an issue's id or name, the theory named in "How to play") link to their entry.
import { findTerm, glossaryEntry, glossaryFor } from '../../classroom/index.ts';
import type { CompiledScenario, SideIndex } from '../../model/index.ts';
import { mediatorInterests, sourceBadge, sourceKindNote } from '../../present/index.ts';
import { el, safeHref } from '../dom/el.ts';
import { gameWords, mediatorLabel, memberLabel, messages, type NameMode, sideName } from '../../present/index.ts';
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
  return el('button', { class: 'link small glossary-link', text: gameWords().dossier.glossaryLink(entry.term), attrs: { type: 'button', 'data-glossary-term': entry.id }, on: { click: () => glossary(entry.id) } });
}

export function sourceItem(source: Source): HTMLElement {
  const href = safeHref(source.url);
  const meta = [source.publisher, source.date ? gameWords().dossier.sourceDate(source.date) : null].filter((x): x is string => Boolean(x));
  return el(
    'li',
    {},
    href ? el('a', { text: source.title, attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }) : el('span', { text: source.title }),
    meta.length ? el('span', { class: 'muted', text: messages().ui.common.sourceMeta(meta) }) : null,
    el('span', { class: `badge source-kind kind-${source.kind}${source.reported ? ' reported' : ''}`, text: sourceBadge(source), attrs: { title: sourceKindNote(source.kind) } }),
    source.citation ? el('div', { class: 'small', text: source.citation }) : null,
    source.url ? el('div', { class: 'small muted', text: source.url }) : null,
  );
}

function situation(c: CompiledScenario, mode: NameMode): HTMLElement[] {
  const s = c.scenario;
  const w = gameWords().dossier;
  const parts: (HTMLElement | null)[] = [
    el('h2', { text: s.title }),
    s.subtitle ? el('p', { class: 'muted', text: s.subtitle }) : null,
    el('p', { text: s.summary }),
    el('h3', { text: w.yourRole }),
    el('p', { text: w.role({ mediator: mediatorLabel(c, mode), hall: s.mediator.hallName, delegations: c.sides.length }) }),
    interests(c),
    el('h3', { text: w.days }),
    el('ol', {}, ...s.rounds.map((r) => el('li', { text: w.day({ date: r.date, label: r.label, venue: r.venue, hours: r.hours }) }))),
  ];
  return parts.filter((x) => x !== null);
}

/** The mediator's own interests (Kydd), with their sources and what follows for the game. */
function interests(c: CompiledScenario): HTMLElement | null {
  const v = mediatorInterests(c);
  if (!v) return null;
  return el(
    'section',
    { class: 'interests', attrs: { 'aria-label': v.heading, 'data-dossier': 'interests' } },
    el('h3', { text: v.heading }),
    el('p', { class: 'muted small', text: v.intro }),
    ...v.paragraphs.map((p) => el('p', { text: p })),
    el('p', { class: 'believed', text: v.believed }),
    v.sources.length ? el('h4', { text: v.sourcesHeading }) : null,
    v.sources.length ? el('ul', { class: 'source-list small' }, ...v.sources.map(sourceItem)) : null,
  );
}

function whoIsWho(c: CompiledScenario, mode: NameMode): HTMLElement[] {
  const s = c.scenario;
  const w = gameWords().dossier;
  const side = (i: SideIndex) => {
    const d = s.delegations[i]!;
    return [
      el('h3', { text: w.delegationRoom({ name: d.name, first: i === 0, back: i >= 2 }) }),
      el(
        'ul',
        { class: 'member-list' },
        ...d.members.map((m) => {
          const label = memberLabel(m, mode);
          const role = m.role === 'lead' || m.role === 'attending' ? w.roles[m.role] : w.roles.member;
          return el('li', {}, el('strong', { text: label.primary }), label.secondary ? `, ${label.secondary}` : '', el('span', { class: 'muted', text: ` (${role})` }), m.note ? el('div', { class: 'small muted', text: m.note }) : null);
        }),
      ),
    ];
  };
  return [
    el('h2', { text: w.who }),
    el('p', { class: 'muted small', text: w.likeness }),
    el('h3', { text: w.mediator(s.mediator.country) }),
    el('p', { text: mediatorLabel(c, mode) }),
    ...c.sideIndices.flatMap((s) => side(s)),
  ];
}

function publicCase(c: CompiledScenario, s: SideIndex): HTMLElement[] {
  const d = c.scenario.delegations[s]!;
  const w = gameWords().dossier;
  return [
    el('h2', { text: w.caseHeading(sideName(c, s)) }),
    el('p', { class: 'muted small', text: w.caseNote(sideName(c, s)) }),
    el('div', { class: 'case' }, ...d.publicCase.map((p) => el('p', { text: p }))),
  ];
}

function issues(c: CompiledScenario, glossary?: GlossaryLink): HTMLElement[] {
  const s = c.scenario;
  const byId = new Map(s.sources.map((x) => [x.id, x]));
  const w = gameWords().dossier;
  return [
    el('h2', { text: w.issues }),
    el('p', { class: 'muted small', text: w.issuesNote }),
    ...s.issues.flatMap((issue) => [
      el('h3', { text: `${issue.name}${issue.core ? w.core : issue.scope ? w.agenda : w.optional}` }),
      el('p', { text: issue.description }),
      termLink(c, glossary, issue.id, issue.name) ?? el('span'),
      el('ol', { class: 'options-list' }, ...issue.options.map((o) => el('li', { text: o.label }))),
      issue.sources.length
        ? el('p', { class: 'small muted', text: messages().ui.common.sources(issue.sources.map((id) => byId.get(id)?.title ?? id)) })
        : el('span'),
    ]),
  ];
}

function facts(c: CompiledScenario): HTMLElement[] {
  const s = c.scenario;
  const w = gameWords().dossier;
  return [
    el('h2', { text: w.facts }),
    el('p', { class: 'muted small', text: w.factsNote }),
    s.sources.length ? el('ul', { class: 'source-list' }, ...s.sources.map(sourceItem)) : el('p', { class: 'muted', text: w.noSources }),
  ];
}

const HOW_TO_PLAY_TERMS = ['single-text', 'shuttle-diplomacy', 'mediator-roles', 'ripeness', 'mhs', 'batna', 'reservation-value', 'two-level-game', 'pareto-frontier', 'nash-point'];

function howToPlay(c: CompiledScenario, glossary?: GlossaryLink): HTMLElement[] {
  const hall = c.scenario.mediator.hallName;
  const w = gameWords().dossier;
  const nodes: (HTMLElement | null)[] = [
    el('h2', { text: w.how }),
    el('ul', {}, el('li', { text: w.howDraft(hall) }), el('li', { text: c.sides.length === 2 ? w.howWalk : w.howWalkMany }), el('li', { text: c.sides.length === 2 ? w.howWin(c.scenario.labels.pressure) : w.howWinMany(c.scenario.labels.pressure) }), el('li', { text: w.howMeters })),
    glossary ? el('h3', { text: w.terms }) : null,
    glossary ? el('ul', { class: 'glossary-terms' }, ...HOW_TO_PLAY_TERMS.map((id) => el('li', {}, termLink(c, glossary, id)))) : null,
  ];
  return nodes.filter((n): n is HTMLElement => n !== null);
}

export function createDossier(c: CompiledScenario, mode: NameMode, glossary?: GlossaryLink): { node: HTMLElement; focus(): void } {
  const w = gameWords().dossier;
  const specs: TabSpec[] = [
    { id: 'situation', label: w.tabs.situation, panel: () => situation(c, mode) },
    { id: 'who', label: w.tabs.who, panel: () => whoIsWho(c, mode) },
    ...c.sideIndices.map((s): TabSpec => ({ id: `case${s}`, label: w.tabs.case(sideName(c, s)), panel: () => publicCase(c, s) })),
    { id: 'issues', label: w.tabs.issues, panel: () => issues(c, glossary) },
    { id: 'facts', label: w.tabs.facts, panel: () => facts(c) },
    { id: 'how', label: w.tabs.how, panel: () => howToPlay(c, glossary) },
  ];
  return createTabs(w.label, specs);
}
