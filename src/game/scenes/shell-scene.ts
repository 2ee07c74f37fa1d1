// The base of every main scene: on create it picks the layout, draws its art, mounts its DOM
// and reports itself ready; on shutdown it removes everything it added to the page.
import Phaser from 'phaser';
import type { LayoutMode } from '../dom/layout.ts';
import { frameWorld } from '../phaser/config.ts';
import type { SceneKey } from './keys.ts';
import type { SceneHost } from './scene-host.ts';

export abstract class ShellScene<D extends object = object> extends Phaser.Scene {
  protected readonly host: SceneHost;
  private cleanups: (() => void)[] = [];

  protected constructor(key: SceneKey, host: SceneHost, active = false) {
    super({ key, active });
    this.host = host;
  }

  /** Which page layout this scene uses. */
  protected abstract readonly layoutMode: LayoutMode;

  /** Draw the art and mount the DOM. */
  protected abstract build(data: D): void;

  create(data: D): void {
    this.cleanups = [];
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.teardown());
    this.host.layout.use(this.layoutMode);
    frameWorld(this);
    const reframe = () => frameWorld(this);
    this.scale.on(Phaser.Scale.Events.RESIZE, reframe);
    this.onTeardown(() => this.scale.off(Phaser.Scale.Events.RESIZE, reframe));
    this.build(data ?? ({} as D));
    this.host.ready(this.sys.settings.key as SceneKey);
  }

  /** Runs when the scene shuts down (DOM removed, subscriptions dropped). */
  protected onTeardown(cleanup: () => void): void {
    this.cleanups.push(cleanup);
  }

  /** Adds a node to a region of the page for the life of this scene. */
  protected mount<T extends HTMLElement>(region: HTMLElement, node: T): T {
    region.appendChild(node);
    this.onTeardown(() => node.remove());
    return node;
  }

  protected get reducedMotion(): boolean {
    return this.host.prefs.reducedMotion();
  }

  /** A tween that jumps to its end when motion is reduced. */
  protected animate(config: Phaser.Types.Tweens.TweenBuilderConfig): void {
    if (this.reducedMotion) {
      const targets = (Array.isArray(config.targets) ? config.targets : [config.targets]) as Record<string, unknown>[];
      for (const [prop, value] of Object.entries(config)) {
        if (['targets', 'duration', 'ease', 'delay', 'yoyo', 'repeat', 'onComplete', 'hold'].includes(prop)) continue;
        if (typeof value === 'number') for (const t of targets) t[prop] = value;
      }
      const done = config.onComplete as (() => void) | undefined;
      done?.call(this);
      return;
    }
    this.tweens.add(config);
    // The canvas draws on demand: a tween started from a promise (art that came in) asks for frames.
    this.host.repaint();
  }

  private teardown(): void {
    for (const cleanup of this.cleanups.splice(0).reverse()) cleanup();
    this.host.keys.clear(this.sys.settings.key);
  }
}
