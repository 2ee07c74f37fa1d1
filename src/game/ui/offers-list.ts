// The offers on the table, in the side panel of the hall and the rooms: each in its maker's
// words with where it stands (present/views/trades.ts). In the hall each has one action, writing
// its items into the draft as one revision; a button that cannot act now stays focusable and
// says why, as the action menu's do.
import type { GameEvent } from '../../machine/index.ts';
import { el, fill, uid } from '../dom/el.ts';
import { gameWords, offerCards, type OfferCard, type TradesView } from '../../present/index.ts';
import './trades.css';

export interface OffersHandlers {
  /** Sends the revision; false when the game refused it. */
  write(event: GameEvent): boolean;
  blocked(reason: string): void;
}

export interface OffersList {
  readonly node: HTMLElement;
  update(view: TradesView): void;
}

function writeButton(card: OfferCard, handlers: OffersHandlers): HTMLElement {
  const w = gameWords().trades;
  const hintId = uid('offer-hint');
  return el(
    'div',
    {},
    el('button', {
      text: w.write,
      attrs: { type: 'button', 'data-action': 'offer-write', 'aria-disabled': card.enabled ? null : 'true', 'aria-describedby': card.reason ? hintId : null },
      on: {
        click: () => {
          if (card.enabled && card.edit) handlers.write(card.edit);
          else handlers.blocked(card.reason ?? '');
        },
      },
    }),
    card.reason ? el('span', { id: hintId, class: 'status', text: card.reason }) : null,
  );
}

export function createOffersList(handlers: OffersHandlers): OffersList {
  const w = gameWords().trades;
  const headingId = uid('offers');
  // The list scrolls past a few offers (trades.css): focusable, and named, so the keyboard can scroll it.
  const list = el('ul', { attrs: { tabindex: 0, 'aria-labelledby': headingId } });
  const node = el('section', { class: 'offers', attrs: { 'aria-labelledby': headingId, 'data-panel': 'offers' } }, el('h3', { id: headingId, text: w.offers }), list);
  let shown = '';
  return {
    node,
    update(view) {
      const cards = offerCards(view);
      node.hidden = cards.length === 0;
      const inHall = view.state.location === 'majlis';
      // Redrawn only when something a player reads changed, so focus on a button survives.
      const key = JSON.stringify([inHall, cards]);
      if (key === shown) return;
      const focused = node.contains(document.activeElement) ? (document.activeElement as HTMLElement).closest('li')?.dataset.offer : undefined;
      shown = key;
      fill(
        list,
        ...cards.map((card) =>
          el(
            'li',
            { class: `offer s${card.from}`, attrs: { 'data-offer': card.key } },
            el('span', { text: card.text }),
            el('span', { class: 'status', text: card.status }),
            inHall ? writeButton(card, handlers) : null,
          ),
        ),
      );
      if (focused) list.querySelector<HTMLElement>(`li[data-offer="${CSS.escape(focused)}"] button`)?.focus();
    },
  };
}
