// The public face of src/server: the class server (its entry point is main.ts).
export { startServer } from './app.ts';
export type { RunningServer } from './app.ts';
export { configFrom, trustProxyFrom } from './config.ts';
export type { ServerConfig } from './config.ts';
