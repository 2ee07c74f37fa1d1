import { defineConfig, type Plugin } from 'vite';
import { offline } from './src/build/offline-plugin.ts';
import { shippedScenarios } from './src/build/scenario-plugin.ts';

// The Content-Security-Policy in index.html is strict (only the game's own files). Vite's dev
// server needs two things it forbids: inline <style> for hot-reloaded CSS and a websocket for
// reloads. This relaxes the policy for `vite` (serve) only; builds keep index.html's policy.
function devCsp(): Plugin {
  return {
    name: 'shuttle-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'").replace("connect-src 'self'", "connect-src 'self' ws: wss:");
    },
  };
}

// Phaser is large and not tree-shaken: it gets a chunk of its own so the rest of the game
// (and later screens, loaded lazily) stay small and cache separately.
// SHUTTLE_OUT lets two builds run side by side (tests and benchmarks in parallel) without
// overwriting each other's files.
const outDir = process.env.SHUTTLE_OUT ?? 'dist';

export default defineConfig({
  base: './',
  // offline(): the web app manifest, its icons and the service worker that precaches the build;
  // shippedScenarios(): the scenario files checked and parsed at build time.
  plugins: [devCsp(), offline(), shippedScenarios()],
  build: {
    outDir,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
