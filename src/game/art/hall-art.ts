// The hall on the canvas, as the scenario's venue is drawn (venue.ts): the view through the
// windows (the sea and its armada, the woods and their weather, the airfield and its aircraft),
// the hall itself, the doors of the two rooms (click one to walk there), the wall clock, and the
// mediator walking between the table where the draft is written and the doors.
import type Phaser from 'phaser';
import type { MediatorState } from '../../machine/index.ts';
import type { CompiledScenario, Location, SideIndex } from '../../model/index.ts';
import { clockTime, waitingMessages } from '../../present/index.ts';
import { AirfieldView } from './airfield-view.ts';
import { SeaView } from './armada.ts';
import { WallClock } from './clock.ts';
import { mediatorTexture } from './figures.ts';
import { ForestView } from './forest-view.ts';
import { drawHallDecor } from './hall-decor.ts';
import type { WindowView } from './sky.ts';
import { hallPicture, type HallPicture, type WindowKind } from './venue.ts';
import { PALETTE } from '../../lib/index.ts';

const VIEWS: Readonly<Record<WindowKind, new (scene: Phaser.Scene, animate: boolean) => WindowView>> = { sea: SeaView, woods: ForestView, airfield: AirfieldView };

export const HALL_SPOTS = {
  // The painted doors of the first two rooms, then two drawn in the back wall beneath the outer
  // windows for a third and a fourth delegation (smaller: they are further away).
  doors: [
    { x: 240, y: 640 },
    { x: 1360, y: 640 },
    { x: 540, y: 720 },
    { x: 1060, y: 720 },
  ],
} as const;

/** The back wall's doors (the third and fourth): their size, the painted ones being part of the picture. */
const BACK_DOOR = { width: 140, height: 215 } as const;


/** A door in the back wall: a wooden leaf under an arch, framed in the delegation's colour. */
function drawBackDoor(scene: Phaser.Scene, x: number, floor: number, color: number): void {
  const g = scene.add.graphics();
  const { width, height } = BACK_DOOR;
  const top = floor - height;
  g.fillStyle(0x5a3418, 1).fillRoundedRect(x - width / 2, top, width, height, { tl: width / 2, tr: width / 2, bl: 0, br: 0 });
  g.lineStyle(6, color, 1).strokeRoundedRect(x - width / 2, top, width, height, { tl: width / 2, tr: width / 2, bl: 0, br: 0 });
  g.lineStyle(3, 0x3b2412, 1).lineBetween(x, top + 30, x, floor);
  g.fillStyle(0xc99a3c, 1).fillCircle(x - 12, top + height * 0.6, 5).fillCircle(x + 12, top + height * 0.6, 5);
}

export class HallArt {
  /** What this hall draws, for the test hook. */
  readonly picture: HallPicture;
  private readonly view: WindowView;
  private readonly clock: WallClock;
  private readonly mediator: Phaser.GameObjects.Image;
  private readonly draftGlow: Phaser.GameObjects.Arc;
  /** Over each door: a note when that side has a message to carry, a seal when it accepts the draft. */
  private readonly doorNotes: Phaser.GameObjects.Text[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly c: CompiledScenario,
    private readonly animate: boolean,
    onDoor: (side: SideIndex) => void,
  ) {
    this.picture = hallPicture(c.scenario.setting.venue);
    this.view = new VIEWS[this.picture.view](scene, animate);
    scene.add.image(800, 500, this.picture.texture);
    drawHallDecor(scene, this.picture.venue, animate, c.sides.length);
    this.clock = new WallClock(scene, 800, 96, 40);
    for (const s of c.sideIndices) {
      const d = HALL_SPOTS.doors[s]!;
      const painted = s < 2;
      if (!painted) drawBackDoor(scene, d.x, d.y, PALETTE.side[s]!);
      // The plate sits over the door; the back doors are shorter, their plates lower.
      const plate = painted ? d.y - 345 : d.y - BACK_DOOR.height - 26;
      const zone = painted ? scene.add.zone(d.x, d.y - 150, 200, 330) : scene.add.zone(d.x, d.y - BACK_DOOR.height / 2, BACK_DOOR.width, BACK_DOOR.height);
      zone.setInteractive({ useHandCursor: true }).on('pointerup', () => onDoor(s));
      scene.add.rectangle(d.x, plate, 230, 46, 0x2a1d10, 0.9).setStrokeStyle(3, PALETTE.side[s]!);
      scene.add.text(d.x, plate, c.scenario.delegations[s]!.shortName, { fontFamily: 'Georgia, serif', fontSize: '26px', color: '#f4efe4' }).setOrigin(0.5);
      const note = scene.add.text(d.x, plate - 55, '', { fontFamily: 'system-ui, sans-serif', fontSize: '22px', color: '#1a1408', backgroundColor: '#e2b04f', padding: { x: 8, y: 3 } });
      this.doorNotes.push(note.setOrigin(0.5).setVisible(false));
    }
    this.draftGlow = scene.add.circle(800, 835, 60, PALETTE.gold, 0.0);
    this.mediator = scene.add.image(this.picture.stand.x, this.picture.stand.y, mediatorTexture(c)).setOrigin(0.5, 1);
  }

  update(state: MediatorState): void {
    const round = this.c.scenario.rounds[Math.min(state.round, this.c.scenario.rounds.length - 1)]!;
    const day = 1 - state.hoursLeft / round.hours;
    this.view.update(state.pressure, this.c.topRung, day);
    const t = clockTime(this.c, state.round, state.hoursLeft);
    this.clock.set(t.hour, t.minute);
    for (const s of this.c.sideIndices) {
      const side = state.sides[s]!;
      // A message to carry: anything this delegation has said for another one.
      const message = waitingMessages(this.c, state, { from: s }).length > 0;
      const words = [side.accepted === state.draftVersion ? '✓ accepts' : '', message ? '✉ message' : ''].filter(Boolean).join('  ');
      this.doorNotes[s]!.setText(words).setVisible(words !== '');
    }
  }

  /** A soft glow on the table when a new version of the draft is written. */
  pulseDraft(): void {
    if (!this.animate) return;
    this.draftGlow.setAlpha(0.45);
    this.scene.tweens.add({ targets: this.draftGlow, alpha: 0, duration: 900 });
  }

  /** The mediator comes out of a door (or stands at the majlis) and walks to the majlis. */
  enter(from: Location | undefined): void {
    const start = from === undefined || from === 'majlis' ? this.picture.stand : this.spot(from);
    this.mediator.setPosition(start.x, start.y).setAlpha(1);
    if (from === undefined || from === 'majlis' || !this.animate) {
      this.mediator.setPosition(this.picture.stand.x, this.picture.stand.y);
      return;
    }
    this.mediator.setAlpha(0.2);
    this.walk(this.picture.stand, 900);
    this.scene.tweens.add({ targets: this.mediator, alpha: 1, duration: 250 });
  }

  /** Walks to a door; resolves when the mediator is through it. */
  walkTo(where: Location): Promise<void> {
    if (!this.animate || where === 'majlis') return Promise.resolve();
    return new Promise((resolve) => {
      this.walk(this.spot(where), 700, () => {
        this.scene.tweens.add({ targets: this.mediator, alpha: 0, duration: 150, onComplete: () => resolve() });
      });
    });
  }

  private spot(where: Location): { x: number; y: number } {
    return where === 'majlis' ? this.picture.stand : HALL_SPOTS.doors[where]!;
  }

  private walk(to: { x: number; y: number }, duration: number, done?: () => void): void {
    this.scene.tweens.killTweensOf(this.mediator);
    this.mediator.setFlipX(to.x < this.mediator.x);
    this.scene.tweens.add({ targets: this.mediator, x: to.x, y: to.y, duration, ease: 'Sine.easeInOut', onComplete: () => done?.() });
    this.scene.tweens.add({ targets: this.mediator, scaleY: 0.97, duration: duration / 6, yoyo: true, repeat: 2 });
  }
}

