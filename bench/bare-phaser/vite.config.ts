import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The bare Phaser page the browser benchmark compares the game's time to interactive with.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1600,
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] } } },
  },
  logLevel: 'error',
});
