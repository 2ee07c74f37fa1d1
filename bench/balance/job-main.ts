// A child process of the balance bench: plays one job (its spec is the first argument, as JSON)
// and prints its rows as one line of JSON.
import { runJob, type JobSpec } from './job.ts';

const spec = JSON.parse(process.argv[2] ?? '{}') as JobSpec;
process.stdout.write(`${JSON.stringify(runJob(spec))}\n`);
