// The browser tests' global setup: check Chromium is there, build the game once, serve it with
// vite preview on 127.0.0.1, hand the address to the tests, and stop the server at the end.
import type { TestProject } from 'vitest/node';
import { assertChromium, buildGame, serve } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  assertChromium();
  await buildGame();
  const served = await serve();
  project.provide('baseUrl', served.url);
  return () => served.close();
}
