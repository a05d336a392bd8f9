/** Gzipped size of the JavaScript the renderer loads before first paint (entry + modulepreloads). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from '../scripts/spawn-listening-process';

/** Reads out/renderer/index.html (run `npm run build` first) and sums every script it loads up front. */
export function measureRendererBundle(): { value: number; unit: 'kB'; target: number } {
  const dir = join(repoRoot, 'out', 'renderer');
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const initial = new Set<string>();
  for (const match of html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)) {
    initial.add(match[1]!.replace(/^\.\//, ''));
  }
  if (initial.size === 0) throw new Error('No script found in out/renderer/index.html; run npm run build.');
  const bytes = [...initial].reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length, 0);
  return { value: Math.round((bytes / 1024) * 10) / 10, unit: 'kB', target: 250 };
}
