import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveRendererFile } from './serve-renderer-file';

let dir = '';
let dirs = { rendererDir: '', bridgeScriptPath: '' };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rep-console-static-'));
  dirs = { rendererDir: join(dir, 'renderer'), bridgeScriptPath: join(dir, 'bridge.js') };
  mkdirSync(join(dirs.rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(dirs.rendererDir, 'index.html'), '<html><head><title>t</title></head></html>');
  writeFileSync(join(dirs.rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dirs.rendererDir, 'assets', 'blob.bin'), 'x');
  writeFileSync(dirs.bridgeScriptPath, '/* bridge */');
  writeFileSync(join(dir, 'outside.txt'), 'secret');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('serveRendererFile', () => {
  it('serves index.html for / and /index.html with the bridge script injected first', async () => {
    for (const path of ['/', '/index.html']) {
      const file = await serveRendererFile(path, dirs);
      expect(file).toMatchObject({ status: 200, contentType: 'text/html; charset=utf-8' });
      expect(file.body.toString()).toContain('<head>\n    <script src="./web-bridge.js"></script><title>');
    }
  });

  it('serves the bridge script and assets with their content types, unknown ones as octet-stream', async () => {
    expect((await serveRendererFile('/web-bridge.js', dirs)).body.toString()).toBe('/* bridge */');
    expect(await serveRendererFile('/assets/app.js', dirs)).toMatchObject({ status: 200, contentType: 'text/javascript; charset=utf-8' });
    expect(await serveRendererFile('/assets/blob.bin', dirs)).toMatchObject({ status: 200, contentType: 'application/octet-stream' });
  });

  it.each(['/../outside.txt', '/%2e%2e/outside.txt', '/..%2foutside.txt', '/%E0%A4%A', '/index.html%00', '/missing.js', '/assets/'])(
    'answers %s with a 404 instead of throwing',
    async (path) => {
      expect(await serveRendererFile(path, dirs)).toMatchObject({ status: 404, contentType: 'text/plain; charset=utf-8' });
    },
  );
});
