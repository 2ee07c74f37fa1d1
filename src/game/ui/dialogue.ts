// What was said: the day's transcript where the mediator stands, newest last. Invented lines
// carry a "simulated" badge; real quotes say so. New lines are read out by the live region,
// so the log itself stays quiet (aria-live off) to avoid reading them twice.
import type { CompiledScenario, TranscriptEntry } from '../../model/index.ts';
import { glossaryFor, termSegments } from '../../classroom/index.ts';
import { el, uid } from '../dom/el.ts';
import { gameWords, namesItsSpeaker, type NameMode, saidMark, saidMarkText, saidText, entrySpeakerLabel } from '../../present/index.ts';

/** Opens the glossary on one entry. */
export type GlossaryLink = (id: string) => void;

/** The line's words, with the terms this game's glossary knows (general and the scenario's) as buttons to their entries. */
function words(c: CompiledScenario, text: string, glossary?: GlossaryLink): HTMLElement {
  if (!glossary) return el('span', { text });
  const parts = termSegments(text, glossaryFor(c.scenario)).map((p) =>
    p.id === undefined
      ? document.createTextNode(p.text)
      : el('button', { class: 'term link', text: p.text, attrs: { type: 'button', 'data-glossary-term': p.id, title: gameWords().play.inGlossary }, on: { click: () => glossary(p.id!) } }),
  );
  return el('span', {}, ...parts);
}

/**
 * One line; `names` is the player's setting (people by name or by title), read when the line is
 * drawn; `transcript`, the entries it is one of, lets a line name the delegation it answers.
 */
export function lineNode(c: CompiledScenario, e: TranscriptEntry, names: NameMode, glossary?: GlossaryLink, transcript?: readonly TranscriptEntry[]): HTMLElement {
  const narration = e.speaker === 'mediator' || e.speaker === 'news';
  // A reply names its delegation itself ("Northland offers a trade…"): a report, not a speech.
  const report = namesItsSpeaker(e);
  const side = typeof e.speaker === 'number' ? ` s${e.speaker}` : '';
  const mark = saidMark(e);
  const badge = narration || report || mark === null ? null : el('span', { class: `badge${mark === 'reported' ? ' reported' : mark === 'student' ? ' student' : ''}`, text: saidMarkText(c, e) ?? '' });
  return el(
    'li',
    { class: `line${side}${narration ? ' narration' : ''}${report ? ' report' : ''}` },
    report ? null : el('span', { class: 'speaker', text: `${entrySpeakerLabel(c, e)}:` }),
    words(c, saidText(c, e, { names }, transcript), glossary),
    badge,
  );
}

export interface DialogueLog {
  readonly node: HTMLElement;
  update(entries: readonly TranscriptEntry[]): void;
}

export function createDialogueLog(c: CompiledScenario, heading: string, empty: string, names: () => NameMode, glossary?: GlossaryLink): DialogueLog {
  const list = el('ol');
  const emptyNote = el('p', { class: 'muted small', text: empty });
  const headingId = uid('dialogue');
  const node = el('section', { class: 'dialogue', attrs: { 'aria-labelledby': headingId, tabindex: 0 } }, el('h3', { id: headingId, text: heading }), emptyNote, el('div', { attrs: { role: 'log', 'aria-live': 'off' } }, list));
  let shown: readonly TranscriptEntry[] = [];
  return {
    node,
    update(entries) {
      const extends_ = entries.length >= shown.length && shown.every((e, i) => entries[i] === e);
      if (!extends_) list.replaceChildren();
      for (const e of entries.slice(extends_ ? shown.length : 0)) list.appendChild(lineNode(c, e, names(), glossary, entries));
      shown = entries;
      emptyNote.hidden = entries.length > 0;
      node.scrollTop = node.scrollHeight;
    },
  };
}
