// The process entry of `shuttle` (bin/shuttle.mjs loads this): run main, set the exit code.
import { main } from './main.ts';

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
process.exitCode = await main(process.argv.slice(2));
