// Which pictures each venue draws: a painting, a window view and rooms of its own for every
// venue, each painting one the art loader loads; and a drawn icon of its own for every pressure icon.
import { describe, expect, it } from 'vitest';
import { PRESSURE_ICONS, VENUES } from '../../../src/scenario/schema.ts';
import { hallPicture } from '../../../src/game/art/venue.ts';
import { ART, gameArt } from '../../../src/game/art/assets.ts';
import { ICONS, PRESSURE_ICON } from '../../../src/game/ui/icons.ts';

describe('the venue’s picture', () => {
  it('gives every venue its own painting and window view', () => {
    const pictures = VENUES.map(hallPicture);
    expect(pictures.map((p) => p.venue)).toEqual([...VENUES]);
    expect(new Set(pictures.map((p) => p.texture)).size).toBe(VENUES.length);
    expect(new Set(pictures.map((p) => p.view)).size).toBe(VENUES.length);
    expect(hallPicture('gulf-palace')).toMatchObject({ venue: 'gulf-palace', texture: 'hall', view: 'sea' });
    expect(hallPicture('country-retreat').view).toBe('woods');
    expect(hallPicture('conference-base').view).toBe('airfield');
  });

  it('loads every venue’s paintings with a game there, and no other venue’s; the rooms’ doors on the hall’s side', () => {
    const paintings = (v: (typeof VENUES)[number]) => {
      const p = hallPicture(v);
      return [p.texture, ...p.rooms.map((r) => r.texture)];
    };
    for (const v of VENUES) {
      const p = hallPicture(v);
      const keys = new Set(gameArt(v).flatMap((g) => ART[g].map((a) => a.key)));
      for (const texture of paintings(v)) expect(keys.has(texture), `${v}: ${texture}`).toBe(true);
      for (const other of VENUES.filter((x) => x !== v)) for (const texture of paintings(other)) expect(keys.has(texture), `${v} loads ${texture}`).toBe(false);
      // One room picture for both sides is mirrored for the second, so its door faces the hall.
      const [first, second] = p.rooms;
      if (first.texture === second.texture) expect([first.flip, second.flip]).toEqual([false, true]);
    }
    // The palace keeps its own two rooms; no other venue shows them.
    expect(hallPicture('gulf-palace').rooms.map((r) => r.texture)).toEqual(['room-left', 'room-right']);
    for (const v of VENUES.filter((x) => x !== 'gulf-palace')) expect(hallPicture(v).rooms.some((r) => r.texture.startsWith('room-left') || r.texture === 'room-right'), v).toBe(false);
  });

  it('draws every pressure icon a scenario may choose, each differently', () => {
    const names = PRESSURE_ICONS.map((i) => PRESSURE_ICON[i]);
    expect(new Set(names).size).toBe(PRESSURE_ICONS.length);
    for (const n of names) expect(ICONS[n]).toBeTruthy();
    expect(PRESSURE_ICON.warship).toBe('ship');
  });
});
