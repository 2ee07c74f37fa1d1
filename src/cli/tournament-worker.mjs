// The entry of a tournament worker. A worker thread does not inherit the loader of the thread
// that started it (Node 20 ignores `--import tsx` in a worker's execArgv): register tsx here,
// then load the TypeScript worker, which loads policy modules (.ts ones too) by path.
import { register } from 'tsx/esm/api';

register();
await import('./tournament-worker.ts');
