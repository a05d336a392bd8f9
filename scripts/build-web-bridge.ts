/** Bundles the web host's bridge script (preload/web-bridge.ts) into out/web-bridge/web-bridge.js. */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  entryPoints: [`${root}preload/web-bridge.ts`],
  outfile: `${root}out/web-bridge/web-bridge.js`,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'chrome120',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
