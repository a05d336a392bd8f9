/** Builds the renderer into out/renderer with relative paths, so app:// and the web host serve the same files. */
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    // Electron and the web host both run a current Chromium; no legacy output is needed.
    target: 'es2023',
    // The strict CSP has no 'unsafe-inline' and no data: scripts, so never inline assets as code.
    assetsInlineLimit: 0,
  },
});
