/**
 * The app:// request handler without Electron in it, so the file lookup and the headers every
 * renderer document gets can be tested where no Electron binary exists.
 */
import { pathToFileURL } from 'node:url';
import { resolveStaticFile } from '../files/resolve-static-file';
import { APP_CONTENT_SECURITY_POLICY, APP_HOST } from './app-origin';

/** Reads a file:// URL into a response; Electron's `net.fetch` in the app, a stand-in in tests. */
export type FetchFile = (fileUrl: string) => Promise<Response>;

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** Answers app://rep-console requests from `rendererDir` only, with the strict CSP and nosniff. */
export function createAppRequestHandler(rendererDir: string, fetchFile: FetchFile): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    const filePath = url.host === APP_HOST ? resolveStaticFile(rendererDir, url.pathname) : null;
    if (filePath === null) return notFound();
    let file: Response;
    try {
      file = await fetchFile(pathToFileURL(filePath).toString());
    } catch {
      // net.fetch rejects for a missing file rather than answering 404.
      return notFound();
    }
    const headers = new Headers(file.headers);
    headers.set('Content-Security-Policy', APP_CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(file.body, { status: file.status, headers });
  };
}
