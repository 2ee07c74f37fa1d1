// Which pictures draw each venue a scenario may choose: the hall's own painting (assets/art), the
// view drawn behind its windows, and the delegations' rooms (a venue with one room picture shows
// it mirrored for the second room, its door on the hall's side). One table, so the scenes and the
// test hook agree on it.
import type { Venue } from '../../scenario/index.ts';

/** What the windows look out on; each view shows the pressure in its own way. */
export type WindowKind = 'sea' | 'woods' | 'airfield';
export type HallTexture = 'hall' | 'hall-retreat' | 'hall-base';
export type RoomTexture = 'room-left' | 'room-right' | 'room-retreat' | 'room-base';

export interface RoomPicture {
  readonly texture: RoomTexture;
  /** Drawn mirrored, so its door is on the side of the hall. */
  readonly flip: boolean;
}

export interface HallPicture {
  readonly venue: Venue;
  readonly texture: HallTexture;
  readonly view: WindowKind;
  /** The first delegation's room, then the second's. */
  readonly rooms: readonly [RoomPicture, RoomPicture];
  /** Where the mediator stands in the hall, feet on the floor (the world is 1600 × 1000). */
  readonly stand: { readonly x: number; readonly y: number };
}

/** Before the back wall's middle; at the retreat, in front of the hearth rather than in it. */
const STAND = { x: 800, y: 735 } as const;

const mirrored = (texture: RoomTexture): HallPicture['rooms'] => [
  { texture, flip: false },
  { texture, flip: true },
];

const PICTURES: Readonly<Record<Venue, HallPicture>> = {
  'gulf-palace': { venue: 'gulf-palace', texture: 'hall', view: 'sea', rooms: [{ texture: 'room-left', flip: false }, { texture: 'room-right', flip: false }], stand: STAND },
  'country-retreat': { venue: 'country-retreat', texture: 'hall-retreat', view: 'woods', rooms: mirrored('room-retreat'), stand: { x: 800, y: 815 } },
  'conference-base': { venue: 'conference-base', texture: 'hall-base', view: 'airfield', rooms: mirrored('room-base'), stand: STAND },
};

export function hallPicture(venue: Venue): HallPicture {
  return PICTURES[venue];
}

/** A delegation's room: the first's picture for the third, the second's for the fourth (their doors are on the same hands of the hall). */
export function roomPicture(picture: HallPicture, side: number): RoomPicture {
  return picture.rooms[side % 2]!;
}
