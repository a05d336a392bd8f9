import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/** Electron build: main (ESM), a CommonJS preload (sandboxed preloads cannot be ESM), the renderer. */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: { entry: 'main/index.ts' },
      rollupOptions: { external: ['better-sqlite3', 'pino', 'pino-roll'] },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      lib: { entry: 'preload/index.ts' },
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].js' } },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react()],
    build: { outDir: 'out/renderer', rollupOptions: { input: 'renderer/index.html' } },
  },
});
