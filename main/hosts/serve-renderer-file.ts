/** Static files of the built renderer for the web host: the shared lookup, content types, bridge injected. */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { resolveStaticFile } from '../files/resolve-static-file';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** What the web host sends for a renderer path: a 404 carries its own small body. */
export interface StaticFile {
  readonly status: number;
  readonly contentType: string;
  readonly body: Buffer;
}

/** Resolves a URL path inside `rendererDir` (or the bridge script) and returns the bytes to send. */
export async function serveRendererFile(
  urlPath: string,
  dirs: { rendererDir: string; bridgeScriptPath: string },
): Promise<StaticFile> {
  const notFound: StaticFile = { status: 404, contentType: 'text/plain; charset=utf-8', body: Buffer.from('Not found') };
  if (urlPath === '/web-bridge.js') {
    return { status: 200, contentType: TYPES['.js']!, body: await readFile(dirs.bridgeScriptPath) };
  }
  const filePath = resolveStaticFile(dirs.rendererDir, urlPath);
  if (filePath === null) return notFound;
  let body: Buffer;
  try {
    body = await readFile(filePath);
  } catch {
    return notFound;
  }
  const contentType = TYPES[extname(filePath)] ?? 'application/octet-stream';
  if (filePath === resolveStaticFile(dirs.rendererDir, '/')) {
    // The bridge is a classic script, so it runs before the renderer's deferred module script.
    body = Buffer.from(body.toString('utf8').replace('<head>', '<head>\n    <script src="./web-bridge.js"></script>'));
  }
  return { status: 200, contentType, body };
}
