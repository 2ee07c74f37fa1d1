// The web app manifest, made from the game's palette so the installed app's splash screen and
// title bar match the canvas. Paths are relative to the manifest (which sits beside index.html),
// so the build installs from any folder it is served from.
import { PALETTE } from '../lib/index.ts';
import { iconPng } from './icon.ts';

export const MANIFEST_FILE = 'manifest.webmanifest';

export interface IconSpec {
  file: string;
  size: number;
  purpose: 'any' | 'maskable';
}

export const ICONS: readonly IconSpec[] = [
  { file: 'icons/icon-192.png', size: 192, purpose: 'any' },
  { file: 'icons/icon-512.png', size: 512, purpose: 'any' },
  { file: 'icons/icon-maskable-512.png', size: 512, purpose: 'maskable' },
];

export const hex = (colour: number) => `#${colour.toString(16).padStart(6, '0')}`;

export function webManifest(): object {
  return {
    name: 'Shuttle Diplomacy',
    short_name: 'Shuttle',
    description: 'You are the mediator in indirect talks, carrying messages between two delegations in separate rooms.',
    lang: 'en',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: hex(PALETTE.night),
    theme_color: hex(PALETTE.night),
    categories: ['games', 'education'],
    icons: ICONS.map((i) => ({ src: i.file, sizes: `${i.size}x${i.size}`, type: 'image/png', purpose: i.purpose })),
  };
}

/** Every file the manifest brings: itself and its icons, by their path in the build. */
export function manifestFiles(): { fileName: string; source: string | Uint8Array }[] {
  return [{ fileName: MANIFEST_FILE, source: `${JSON.stringify(webManifest(), null, 2)}\n` }, ...ICONS.map((i) => ({ fileName: i.file, source: iconPng(i.size, i.purpose === 'maskable') }))];
}
