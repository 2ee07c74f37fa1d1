// `npm run schema`: writes scenarios/schema.json from the zod schema (a test fails when it is stale).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchemaText } from './json-schema.ts';

const target = fileURLToPath(new URL('../../scenarios/schema.json', import.meta.url));
writeFileSync(target, scenarioJsonSchemaText());
process.stdout.write(`wrote ${target}\n`);
