// The hall on the canvas, as the scenario's venue is drawn (venue.ts): the view through the
// windows (the sea and its armada, the woods and their weather, the airfield and its aircraft),
// the hall itself, the doors of the two rooms (click one to walk there), the wall clock, and the
// mediator walking between the table where the draft is written and the doors.
import type Phaser from 'phaser';
import type { MediatorState } from '../../machine/index.ts';
import type { CompiledScenario, Location, SideIndex } from '../../model/index.ts';
import { clockTime } from '../../present/index.ts';
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
  majlis: { x: 800, y: 735 },
  doors: [
    { x: 240, y: 640 },
    { x: 1360, y: 640 },
  ],
} as const;

function spot(where: Location): { x: number; y: number } {
  return where === 'majlis' ? HALL_SPOTS.majlis : HALL_SPOTS.doors[where];
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
    drawHallDecor(scene, this.picture.venue, animate);
    this.clock = new WallClock(scene, 800, 96, 40);
    for (const s of [0, 1] as const) {
      const d = HALL_SPOTS.doors[s];
      const zone = scene.add.zone(d.x, d.y - 150, 200, 330).setInteractive({ useHandCursor: true });
      zone.on('pointerup', () => onDoor(s));
      scene.add.rectangle(d.x, d.y - 345, 230, 46, 0x2a1d10, 0.9).setStrokeStyle(3, PALETTE.side[s]);
      scene.add.text(d.x, d.y - 345, c.scenario.delegations[s]!.shortName, { fontFamily: 'Georgia, serif', fontSize: '26px', color: '#f4efe4' }).setOrigin(0.5);
      const note = scene.add.text(d.x, d.y - 400, '', { fontFamily: 'system-ui, sans-serif', fontSize: '22px', color: '#1a1408', backgroundColor: '#e2b04f', padding: { x: 8, y: 3 } });
      this.doorNotes.push(note.setOrigin(0.5).setVisible(false));
    }
    this.draftGlow = scene.add.circle(800, 835, 60, PALETTE.gold, 0.0);
    this.mediator = scene.add.image(HALL_SPOTS.majlis.x, HALL_SPOTS.majlis.y, mediatorTexture(c)).setOrigin(0.5, 1);
  }

  update(state: MediatorState): void {
    const round = this.c.scenario.rounds[Math.min(state.round, this.c.scenario.rounds.length - 1)]!;
    const day = 1 - state.hoursLeft / round.hours;
    this.view.update(state.pressure, this.c.topRung, day);
    const t = clockTime(this.c, state.round, state.hoursLeft);
    this.clock.set(t.hour, t.minute);
    ([0, 1] as const).forEach((s) => {
      const side = state.sides[s];
      const words = [side.accepted === state.draftVersion ? '✓ accepts' : '', side.pending ? '✉ message' : ''].filter(Boolean).join('  ');
      this.doorNotes[s]!.setText(words).setVisible(words !== '');
    });
  }

  /** A soft glow on the table when a new version of the draft is written. */
  pulseDraft(): void {
    if (!this.animate) return;
    this.draftGlow.setAlpha(0.45);
    this.scene.tweens.add({ targets: this.draftGlow, alpha: 0, duration: 900 });
  }

  /** The mediator comes out of a door (or stands at the majlis) and walks to the majlis. */
  enter(from: Location | undefined): void {
    const start = from === undefined || from === 'majlis' ? HALL_SPOTS.majlis : spot(from);
    this.mediator.setPosition(start.x, start.y).setAlpha(1);
    if (from === undefined || from === 'majlis' || !this.animate) {
      this.mediator.setPosition(HALL_SPOTS.majlis.x, HALL_SPOTS.majlis.y);
      return;
    }
    this.mediator.setAlpha(0.2);
    this.walk(HALL_SPOTS.majlis, 900);
    this.scene.tweens.add({ targets: this.mediator, alpha: 1, duration: 250 });
  }

  /** Walks to a door; resolves when the mediator is through it. */
  walkTo(where: Location): Promise<void> {
    if (!this.animate || where === 'majlis') return Promise.resolve();
    return new Promise((resolve) => {
      this.walk(spot(where), 700, () => {
        this.scene.tweens.add({ targets: this.mediator, alpha: 0, duration: 150, onComplete: () => resolve() });
      });
    });
  }

  private walk(to: { x: number; y: number }, duration: number, done?: () => void): void {
    this.scene.tweens.killTweensOf(this.mediator);
    this.mediator.setFlipX(to.x < this.mediator.x);
    this.scene.tweens.add({ targets: this.mediator, x: to.x, y: to.y, duration, ease: 'Sine.easeInOut', onComplete: () => done?.() });
    this.scene.tweens.add({ targets: this.mediator, scaleY: 0.97, duration: duration / 6, yoyo: true, repeat: 2 });
  }
}

