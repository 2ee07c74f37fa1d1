#!/usr/bin/env node
// The class server (`npm run class` builds the game first): runs the TypeScript sources through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/server/main.ts');
