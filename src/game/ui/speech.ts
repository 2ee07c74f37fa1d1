// What the delegation just said, as a subtitle over the room, and who sits at the table.
import type { MediatorState } from '../../machine/index.ts';
import type { CompiledScenario, SideIndex, TranscriptEntry } from '../../model/index.ts';
import { el, fill } from '../dom/el.ts';
import { gameWords, memberLabel, namesItsSpeaker, type NameMode, saidMarkText, saidText, sideLabel } from '../../present/index.ts';

export interface Speech {
  readonly node: HTMLElement;
  update(state: MediatorState): TranscriptEntry | null;
}

export function createSpeech(c: CompiledScenario, side: SideIndex, names: () => NameMode): Speech {
  const node = el('div', { class: `panel speech s${side}`, attrs: { 'aria-hidden': 'true' } });
  let last: TranscriptEntry | null = null;
  return {
    node,
    update(state) {
      // The delegation's last words here today: what it said at its latest step, rather than the
      // report of it ("Northland offers a trade…") that follows, when it said anything.
      let latest: TranscriptEntry | null = null;
      for (let i = state.transcript.length - 1; i >= 0; i--) {
        const t = state.transcript[i]!;
        if (t.round !== state.round || (latest !== null && t.step !== latest.step)) break;
        if (t.where !== side || t.speaker !== side) continue;
        if (latest === null) latest = t;
        if (!namesItsSpeaker(t)) {
          latest = t;
          break;
        }
      }
      node.hidden = latest === null;
      if (latest && latest !== last) {
        const report = namesItsSpeaker(latest);
        const mark = report ? null : saidMarkText(c, latest);
        fill(node, report ? null : el('span', { class: 'speaker', text: `${sideLabel(c, side)}:` }), el('span', { text: saidText(c, latest, { names: names() }, state.transcript) }), mark ? el('span', { class: 'badge', text: mark }) : null);
      }
      const fresh = latest !== last;
      last = latest;
      return fresh ? latest : null;
    },
  };
}

export function membersBox(c: CompiledScenario, side: SideIndex, mode: NameMode): HTMLElement {
  const d = c.scenario.delegations[side]!;
  return el(
    'section',
    { class: 'panel members', attrs: { 'aria-label': gameWords().play.atTable(d.name) } },
    el('strong', { text: gameWords().play.atTable(d.name) }),
    el(
      'ul',
      {},
      ...d.members.map((m) => {
        const l = memberLabel(m, mode);
        return el('li', { text: l.secondary ? `${l.primary}, ${l.secondary}` : l.primary });
      }),
    ),
  );
}
