// A delegation's screen on its own devices: the confidential brief (only this delegation's
// devices ever receive it), the question the mediator put to it with the answer form, the floor
// when the mediator is in its room, what was said there, the draft presented to it, the news.
// The hot-seat's brief and forms, on a device that is never handed over.
import { itemAt } from '../../model/index.ts';
import type { DelegationWire } from '../../net/index.ts';
import { netWords } from '../../present/index.ts';
import { el, fill, type Child } from '../dom/el.ts';
import { createBrief, createBriefFacts, createReadingBrief } from '../hotseat/brief-dom.ts';
import type { AnswerEvent, SpeakEvent } from '../hotseat/answer-form.ts';
import type { ClassConnection } from './connection.ts';
import { floorPart, header, newsList, outcomePart, refusalText, seatsList, transcriptList, whereLine } from './parts.ts';
import type { ClassScenario } from './scenario.ts';

const words = () => netWords().play;

export function mountDelegationScreen(root: HTMLElement, cs: ClassScenario, conn: ClassConnection): void {
  const { c } = cs;
  let message = '';
  // The brief and its form are rebuilt only when the question or the floor changes, so what the
  // player is typing is not lost to an update about something else.
  let shownKey = '';
  let briefNode: HTMLElement = el('div');

  const send = (event: AnswerEvent | SpeakEvent): boolean => {
    message = '';
    void conn.act(event).then((r) => {
      if (!r.ok) message = refusalText(r.refusal);
      shownKey = '';
      draw();
    });
    return true;
  };

  const briefFor = (view: DelegationWire): HTMLElement => {
    const seat = conn.seats.find((s) => s.role === conn.mirror.info.role);
    const key = JSON.stringify([view.question, view.maySpeak, view.presented?.version, conn.holdsFloor, seat?.ai]);
    if (key === shownKey) return briefNode;
    shownKey = key;
    const draft = view.presented?.draft ?? view.own.position;
    const acting = conn.holdsFloor && !seat?.ai;
    if (acting && view.question) {
      const scene = { question: view.question, draft, allows: () => true };
      briefNode = createBrief(c, view.own, scene, send)?.node ?? createBriefFacts(c, view.own);
    } else if (acting && view.maySpeak) {
      briefNode = createReadingBrief(c, view.own, () => undefined, send).node;
    } else {
      briefNode = createBriefFacts(c, view.own);
    }
    return briefNode;
  };

  const presented = (view: DelegationWire): Child => {
    const w = words();
    if (!view.presented) return el('p', { class: 'muted', text: w.noDraft });
    const items = c.scenario.issues.flatMap((issue, i) => {
      const k = itemAt(view.presented!.draft, i);
      const option = k === null ? null : issue.options[k];
      return issue.scope ? [] : [el('li', {}, el('strong', { text: `${issue.name}: ` }), option ? option.label : w.open)];
    });
    return el('section', { class: 'class-draft' }, el('h2', { text: w.presented(view.presented.version) }), el('ul', {}, ...items));
  };

  const draw = () => {
    const view = conn.mirror.view;
    if (view.kind !== 'delegation') return;
    const seat = conn.seats.find((s) => s.role === conn.mirror.info.role);
    fill(
      root,
      header(c, conn),
      seatsList(c, conn.seats),
      el('section', { class: 'class-stand' }, ...whereLine(c, view)),
      outcomePart(c, view.outcome, conn),
      seat?.ai ? el('p', { class: 'class-ai', attrs: { role: 'status' }, text: words().aiHolds }) : floorPart(conn),
      !view.question && !view.maySpeak && !view.outcome ? el('p', { class: 'muted', text: words().waitingMediator }) : null,
      el('p', { class: 'error', attrs: { role: 'alert' }, text: message }),
      briefFor(view),
      presented(view),
      transcriptList(c, view.transcript, conn.mirror.info.settings, words().inRoom),
      newsList(c, view.news),
    );
  };
  conn.subscribe(draw);
  draw();
}
