// The project's own art (assets/art, SVG), by group: the title art is loaded before the first
// screen, what every game draws in the background while the player reads it, and a venue's
// paintings (its hall and rooms) when a game there begins: a page load does not make textures of
// halls it will not show (they were a fifth of the main thread's work before the title's list
// of scenarios appeared). Files keep their own URLs
// (never inlined as data URIs) so the loader fetches them from the game's own origin.
import titleUrl from '../../../assets/art/title.svg?url&no-inline';
import hallUrl from '../../../assets/art/hall.svg?url&no-inline';
import hallRetreatUrl from '../../../assets/art/hall-retreat.svg?url&no-inline';
import hallBaseUrl from '../../../assets/art/hall-base.svg?url&no-inline';
import roomLeftUrl from '../../../assets/art/room-left.svg?url&no-inline';
import roomRightUrl from '../../../assets/art/room-right.svg?url&no-inline';
import roomRetreatUrl from '../../../assets/art/room-retreat.svg?url&no-inline';
import roomBaseUrl from '../../../assets/art/room-base.svg?url&no-inline';
import tableUrl from '../../../assets/art/table.svg?url&no-inline';
import newsUrl from '../../../assets/art/news.svg?url&no-inline';
import briefingUrl from '../../../assets/art/briefing.svg?url&no-inline';
import mediatorUrl from '../../../assets/art/mediator.svg?url&no-inline';
import mediatorSuitUrl from '../../../assets/art/mediator-suit.svg?url&no-inline';
import delegateLeftUrl from '../../../assets/art/delegate-left.svg?url&no-inline';
import delegateRightUrl from '../../../assets/art/delegate-right.svg?url&no-inline';
import shipUrl from '../../../assets/art/ship.svg?url&no-inline';
import carrierUrl from '../../../assets/art/carrier.svg?url&no-inline';

import type { Venue } from '../../scenario/index.ts';

export type AssetGroup = 'title' | 'play' | Venue;

export interface ArtAsset {
  key: string;
  url: string;
  width: number;
  height: number;
}

export const ART: Record<AssetGroup, readonly ArtAsset[]> = {
  title: [{ key: 'title', url: titleUrl, width: 1600, height: 1000 }],
  // The paintings of each venue (art/venue.ts names them for the scenes).
  'gulf-palace': [
    { key: 'hall', url: hallUrl, width: 1600, height: 1000 },
    { key: 'room-left', url: roomLeftUrl, width: 1600, height: 1000 },
    { key: 'room-right', url: roomRightUrl, width: 1600, height: 1000 },
  ],
  'country-retreat': [
    { key: 'hall-retreat', url: hallRetreatUrl, width: 1600, height: 1000 },
    { key: 'room-retreat', url: roomRetreatUrl, width: 1600, height: 1000 },
  ],
  'conference-base': [
    { key: 'hall-base', url: hallBaseUrl, width: 1600, height: 1000 },
    { key: 'room-base', url: roomBaseUrl, width: 1600, height: 1000 },
  ],
  play: [
    { key: 'table', url: tableUrl, width: 1100, height: 300 },
    { key: 'news', url: newsUrl, width: 1600, height: 1000 },
    { key: 'briefing', url: briefingUrl, width: 1600, height: 1000 },
    { key: 'mediator', url: mediatorUrl, width: 110, height: 250 },
    { key: 'mediator-suit', url: mediatorSuitUrl, width: 110, height: 250 },
    { key: 'delegate-left', url: delegateLeftUrl, width: 150, height: 210 },
    { key: 'delegate-right', url: delegateRightUrl, width: 150, height: 210 },
    { key: 'ship', url: shipUrl, width: 120, height: 40 },
    { key: 'carrier', url: carrierUrl, width: 220, height: 60 },
  ],
};

/** The art a game at `venue` draws: what every game draws, and the venue's paintings. */
export function gameArt(venue: Venue): readonly AssetGroup[] {
  return ['play', venue];
}
