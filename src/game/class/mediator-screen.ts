// The mediator's screen on a class device (and an observer's, without the moves): where the talks
// stand, the moves the machine allows now (the same menu the single-device game builds, from the
// mediator's view the server sent), the draft, what was said and the news. Made for touch and
// small screens: plain buttons and selects, one column on a phone.
import type { GameEvent, MediatorState } from '../../machine/index.ts';
import { itemAt, type SideIndex } from '../../model/index.ts';
import type { MediatorWire } from '../../net/index.ts';
import { hallActions, meterName, netWords, roomActions, sideName, type ActionSpec } from '../../present/index.ts';
import { el, fill, type Child } from '../dom/el.ts';
import type { ClassConnection } from './connection.ts';
import { floorPart, header, newsList, outcomePart, refusalText, seatsList, transcriptList, whereLine } from './parts.ts';
import type { ClassScenario } from './scenario.ts';
import { createTradeForm, type TradeFormPanel } from '../ui/trade-form.ts';

const words = () => netWords().play;

/** The mediator's state as the menu reads it: the seed is the server's secret, and the menu never reads it. */
function menuState(view: MediatorWire): MediatorState {
  return { ...view.state, settings: { ...view.state.settings, seed: 0 } };
}

export function mountMediatorScreen(root: HTMLElement, cs: ClassScenario, conn: ClassConnection, watchOnly: boolean): void {
  const { c } = cs;
  let editing = false;
  /** The trade form is open (in a room): the same form as the single-device game's. */
  let trading = false;
  // The open forms outlive a redraw (another device's move, a seat that comes or goes), so the
  // choices made in them are kept: the trade form for its room, the editor for its draft's version.
  let trade: { room: SideIndex; panel: TradeFormPanel } | null = null;
  let draftEditor: { version: number; node: HTMLElement } | null = null;
  let message = '';

  const send = async (event: GameEvent) => {
    message = '';
    const r = await conn.act(event);
    if (!r.ok) message = refusalText(r.refusal);
    draw();
  };

  const button = (spec: ActionSpec): HTMLElement => {
    if (spec.children?.length) {
      return el('fieldset', { class: 'class-group' }, el('legend', { text: spec.label }), ...spec.children.map(button));
    }
    const run = () => {
      if (spec.ui === 'open-editor') {
        editing = !editing;
        draw();
      } else if (spec.ui === 'open-trade') {
        trading = !trading;
        draw();
      } else if (spec.event) {
        // Any other move puts the trade form away (a walk would leave it in the wrong room).
        trading = false;
        void send(spec.event);
      }
    };
    return el('button', {
      text: spec.label,
      class: spec.primary ? 'primary' : undefined,
      attrs: { type: 'button', disabled: !spec.enabled, title: spec.reason, 'data-move': spec.id },
      on: { click: run },
    });
  };

  const editor = (view: MediatorWire): HTMLElement => {
    if (draftEditor?.version !== view.state.draftVersion) draftEditor = { version: view.state.draftVersion, node: editorFor(view) };
    return draftEditor.node;
  };

  const editorFor = (view: MediatorWire): HTMLElement => {
    const selects: HTMLSelectElement[] = [];
    const rows = c.scenario.issues.flatMap((issue, i) => {
      if (issue.scope) return [];
      const current = itemAt(view.state.draft, i);
      const select = el(
        'select',
        { attrs: { 'data-issue': issue.id, 'aria-label': issue.name } },
        el('option', { text: words().open, attrs: { value: '', selected: current === null } }),
        ...issue.options.map((o, k) => el('option', { text: o.label, attrs: { value: o.id, selected: current === k } })),
      );
      selects.push(select);
      return [el('label', { class: 'class-draft-row' }, el('span', { text: issue.name }), select)];
    });
    const revise = el('button', {
      class: 'primary',
      text: words().draft,
      attrs: { type: 'button', 'data-action': 'revise-draft' },
      on: {
        click: () => {
          const items: Record<string, string | null> = {};
          for (const s of selects) {
            const i = c.issueIds.indexOf(s.dataset.issue!);
            const now = itemAt(view.state.draft, i);
            const chosen = s.value === '' ? null : s.value;
            if ((now === null ? null : c.optionIds[i]![now]) !== chosen) items[s.dataset.issue!] = chosen;
          }
          if (Object.keys(items).length) {
            editing = false;
            void send({ type: 'EDIT_DRAFT', items });
          }
        },
      },
    });
    return el('section', { class: 'class-draft' }, el('h2', { text: words().draft }), ...rows, revise);
  };

  /** The trade form for the room the mediator stands in; sending closes it. */
  const tradePanel = (menu: { c: typeof c; state: MediatorState; legal: MediatorWire['legal'] }, room: SideIndex): HTMLElement => {
    if (trade?.room !== room) trade = { room, panel: tradeFormFor(room) };
    trade.panel.update(menu);
    return trade.panel.node;
  };

  const tradeFormFor = (room: SideIndex): TradeFormPanel =>
    createTradeForm(room, {
      propose: (event) => {
        trading = false;
        void send(event);
        return true;
      },
      close: () => {
        trading = false;
        draw();
      },
    });

  const meters = (view: MediatorWire): HTMLElement => {
    const s = view.state;
    const line = (label: string, value: number) => el('li', {}, el('span', { text: label }), ' ', el('strong', { text: String(Math.round(value)) }));
    return el(
      'ul',
      { class: 'class-meters' },
      line(meterName(c, 'progress'), s.progress),
      line(meterName(c, 'scope'), s.scope),
      ...c.sideIndices.flatMap((i) => [line(meterName(c, 'patience', i), s.sides[i]!.patience), line(meterName(c, 'credibility', i), s.sides[i]!.credibility)]),
    );
  };

  const moves = (view: MediatorWire): Child[] => {
    if (watchOnly || view.state.outcome) return [];
    if (view.phase === 'answering') {
      const q = view.state.question;
      return [el('p', { class: 'class-waiting', attrs: { role: 'status' }, text: q ? words().waitingFor(sideName(c, q.side)) : '' })];
    }
    if (view.phase === 'briefing' || view.phase === 'interlude') {
      const event: GameEvent = view.phase === 'briefing' ? { type: 'BEGIN' } : { type: 'CONTINUE' };
      return [el('button', { class: 'primary', text: words().next, attrs: { type: 'button', 'data-move': event.type }, on: { click: () => void send(event) } })];
    }
    const menu = { c, state: menuState(view), legal: view.legal };
    const specs = view.state.location === 'majlis' ? hallActions(menu) : roomActions(menu, view.state.location);
    const room = view.state.location;
    return [el('div', { class: 'class-actions' }, ...specs.map(button)), editing && room === 'majlis' ? editor(view) : null, trading && room !== 'majlis' ? tradePanel(menu, room) : null];
  };

  /** A form that is closed, or open where the mediator no longer stands, is let go: opened again, it starts afresh. */
  const letClosedFormsGo = (room: MediatorState['location']) => {
    if (!trading || room === 'majlis') trade = null;
    if (!editing || room !== 'majlis') draftEditor = null;
  };

  const draw = () => {
    const view = conn.mirror.view;
    if (view.kind !== 'mediator') return;
    const s = view.state;
    letClosedFormsGo(s.location);
    // A kept form moves with the redraw; the keyboard's place in it is kept too.
    const focused = document.activeElement;
    fill(
      root,
      header(c, conn),
      seatsList(c, conn.seats),
      el('section', { class: 'class-stand' }, ...whereLine(c, s), meters(view)),
      outcomePart(c, s.outcome, conn),
      watchOnly ? null : floorPart(conn),
      watchOnly || s.outcome ? null : el('section', { class: 'class-moves', attrs: { 'aria-label': words().actions } }, el('h2', { text: words().actions }), ...moves(view), el('p', { class: 'error', attrs: { role: 'alert' }, text: message })),
      transcriptList(c, s.transcript, s.settings, words().transcript),
      newsList(c, s.news),
    );
    if (focused instanceof HTMLElement && focused !== document.activeElement && root.contains(focused)) focused.focus();
  };
  conn.subscribe(draw);
  draw();
}
