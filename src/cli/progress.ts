// A progress bar on a terminal (stderr), silent when output is piped. Its own carriage return
// redraws the line; the label (a policy module may name itself) has its controls escaped.
import { visible } from '../lib/index.ts';

export interface Progress {
  tick(done: number): void;
  done(): void;
}

export function progressBar(name: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const label = visible(name);
  if (!stream.isTTY || total < 2) return { tick() {}, done() {} };
  const width = 30;
  let last = -1;
  const draw = (done: number) => {
    const filled = Math.round((done / total) * width);
    const percent = Math.floor((done / total) * 100);
    if (percent === last) return;
    last = percent;
    stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(percent).padStart(3)}% ${done}/${total}`);
  };
  return {
    tick: draw,
    done() {
      draw(total);
      stream.write('\n');
    },
  };
}
