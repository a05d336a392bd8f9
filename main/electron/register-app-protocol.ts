/** Serves the built renderer from app://rep-console with the strict CSP; nothing outside its folder. */
import { net, protocol } from 'electron';
import { join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_CONTENT_SECURITY_POLICY, APP_HOST, APP_SCHEME } from './app-origin';

/** Must run before `app.whenReady()`: the scheme needs standard+secure privileges from the start. */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Installs the handler; call after `app.whenReady()`. */
export function registerAppProtocol(rendererDir: string): void {
  const root = normalize(rendererDir + sep);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname).replace(/^\/+/, '');
    const filePath = normalize(join(root, relative));
    if (url.host !== APP_HOST || !filePath.startsWith(root)) return new Response('Not found', { status: 404 });
    const file = await net.fetch(pathToFileURL(filePath).toString());
    const headers = new Headers(file.headers);
    headers.set('Content-Security-Policy', APP_CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(file.body, { status: file.status, headers });
  });
}
