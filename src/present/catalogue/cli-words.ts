// The words of the `shuttle` command's reports: a volume of the catalogue (volume.ts), read only
// by src/cli, so the game's pages never load it.
import { cli } from './en-cli.ts';
import { volume } from './volume.ts';

export const cliWords = volume({ en: cli });
