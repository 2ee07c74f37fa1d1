// The words of the networked classroom: a volume of the catalogue (volume.ts), loaded with the
// class server's pages only.
import { net } from './en-net.ts';
import { volume } from './volume.ts';

export const netWords = volume({ en: net });
