// A delegation's room on the canvas, as the scenario's venue draws it: the delegates seated behind
// the table (one stylised figure per member, no likenesses), the light warm or cool with the
// mediator's standing, and the mediator coming in through the door from the hall.
import type Phaser from 'phaser';
import type { MediatorState } from '../../machine/index.ts';
import type { CompiledScenario, SideIndex } from '../../model/index.ts';
import { moodOf, standingCue } from '../../present/index.ts';
import { mediatorTexture } from './figures.ts';
import { hallPicture, roomPicture } from './venue.ts';
import { PALETTE } from '../../lib/index.ts';

const CUE_LIGHT = { warm: [PALETTE.warm, 0.1], cordial: [0xf4d28b, 0.06], cool: [PALETTE.cool, 0.08], cold: [0x9fb7ff, 0.16] } as const;

export class RoomArt {
  private readonly delegates: Phaser.GameObjects.Image[] = [];
  private readonly light: Phaser.GameObjects.Rectangle;
  private readonly mediator: Phaser.GameObjects.Image;
  private readonly door: { x: number; y: number };
  private readonly seat: { x: number; y: number };
  /** Whether the room is drawn as the first delegation's (its door to the right). */
  private readonly leftHand: boolean;

  constructor(
    private readonly scene: Phaser.Scene,
    c: CompiledScenario,
    private readonly side: SideIndex,
    private readonly animate: boolean,
  ) {
    // Rooms alternate: the third delegation's is drawn as the first's, the fourth's as the second's.
    const leftHand = side % 2 === 0;
    this.leftHand = leftHand;
    const room = roomPicture(hallPicture(c.scenario.setting.venue), side);
    scene.add.image(800, 500, room.texture).setFlipX(room.flip);
    const members = c.scenario.delegations[side]!.members;
    // The lead sits in the middle; members beside; those attending at the ends.
    const seated = [...members].sort((a, b) => rank(a.role) - rank(b.role));
    const order = seated.map((_, i) => (i === 0 ? 0 : i % 2 === 1 ? -Math.ceil(i / 2) : Math.ceil(i / 2)));
    const spacing = Math.min(240, 960 / Math.max(1, members.length));
    seated.forEach((m, i) => {
      const x = 800 + order[i]! * spacing;
      const figure = scene.add.image(x, 672, leftHand ? 'delegate-left' : 'delegate-right').setOrigin(0.5, 1).setScale(1.3);
      if (m.role !== 'lead') figure.setScale(1.18);
      if (m.role === 'attending') figure.setAlpha(0.92);
      this.delegates.push(figure);
    });
    scene.add.image(800, 760, 'table');
    scene.add.text(800, 752, c.scenario.delegations[side]!.shortName, { fontFamily: 'Georgia, serif', fontSize: '24px', color: '#2a1d10', backgroundColor: '#f6ecd6', padding: { x: 10, y: 4 } }).setOrigin(0.5);
    this.light = scene.add.rectangle(800, 500, 1600, 1000, PALETTE.warm, 0);
    this.door = leftHand ? { x: 1480, y: 860 } : { x: 120, y: 860 };
    this.seat = leftHand ? { x: 1300, y: 900 } : { x: 300, y: 900 };
    this.mediator = scene.add.image(this.seat.x, this.seat.y, mediatorTexture(c)).setOrigin(0.5, 1).setFlipX(leftHand);
  }

  update(state: MediatorState): void {
    const s = state.sides[this.side];
    const [color, alpha] = CUE_LIGHT[standingCue(s)];
    this.light.fillColor = color;
    this.light.fillAlpha = alpha;
    const mood = moodOf(s);
    // Guarded delegates sit back a little; angry ones lean away.
    const lean = mood === 'open' ? 0 : mood === 'guarded' ? 0.03 : 0.07;
    this.delegates.forEach((d, i) => d.setRotation((i % 2 === 0 ? 1 : -1) * lean * (this.leftHand ? 1 : -1)));
  }

  /** The lead delegate stirs when the delegation speaks. */
  speak(): void {
    const lead = this.delegates[0];
    if (!lead || !this.animate) return;
    this.scene.tweens.add({ targets: lead, y: lead.y - 8, duration: 160, yoyo: true, repeat: 1 });
  }

  enter(fromHall: boolean): void {
    if (!fromHall || !this.animate) return;
    this.mediator.setPosition(this.door.x, this.door.y).setAlpha(0);
    this.scene.tweens.add({ targets: this.mediator, x: this.seat.x, y: this.seat.y, alpha: 1, duration: 600, ease: 'Sine.easeOut' });
  }

  leave(): Promise<void> {
    if (!this.animate) return Promise.resolve();
    return new Promise((resolve) => {
      this.mediator.setFlipX(!this.leftHand);
      this.scene.tweens.add({ targets: this.mediator, x: this.door.x, y: this.door.y, alpha: 0, duration: 450, ease: 'Sine.easeIn', onComplete: () => resolve() });
    });
  }
}

function rank(role: string): number {
  return role === 'lead' ? 0 : role === 'member' ? 1 : 2;
}
