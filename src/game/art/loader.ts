// Loads art groups through one long-lived scene's loader (the boot scene, which never stops),
// one batch at a time, and reports progress. A group already loaded resolves at once; a file
// that fails to load leaves Phaser's placeholder in its place, and the game goes on.
import type Phaser from 'phaser';
import { ART, type AssetGroup } from './assets.ts';

export interface ArtLoader {
  load(groups: readonly AssetGroup[], onProgress?: (fraction: number) => void): Promise<void>;
  /** Resolves once one texture is in (loaded by whichever batch carries it). */
  texture(key: string): Promise<void>;
}

export function createArtLoader(host: Phaser.Scene): ArtLoader {
  let chain: Promise<void> = Promise.resolve();
  const loadNow = (groups: readonly AssetGroup[], onProgress?: (fraction: number) => void) =>
    new Promise<void>((resolve) => {
      const files = groups.flatMap((g) => ART[g]).filter((a) => !host.textures.exists(a.key));
      if (files.length === 0) {
        onProgress?.(1);
        resolve();
        return;
      }
      const loader = host.load;
      const progress = (value: number) => onProgress?.(value);
      loader.on('progress', progress);
      loader.once('complete', () => {
        loader.off('progress', progress);
        onProgress?.(1);
        resolve();
      });
      for (const a of files) loader.svg(a.key, a.url, { width: a.width, height: a.height });
      loader.start();
    });
  return {
    load(groups, onProgress) {
      chain = chain.then(() => loadNow(groups, onProgress));
      return chain;
    },
    texture: (key) =>
      new Promise<void>((resolve) => {
        if (host.textures.exists(key)) resolve();
        else host.textures.once(`addtexture-${key}`, () => resolve());
      }),
  };
}
