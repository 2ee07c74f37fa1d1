// Zod compiles fast object parsers from strings (the Function constructor) when it may. The
// game's Content-Security-Policy forbids that (no eval), and even Zod's own guarded probe is
// reported as a violation, so the game turns the compiler off. Zod reads the setting as its
// schemas are built: this module is loaded on its own, before the game code (see app.ts).
import { config } from 'zod';

config({ jitless: true });
