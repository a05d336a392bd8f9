/**
 * Guards every webContents: no navigation off our origin, no new windows, no <webview>, no permissions.
 * Links to the outside go through one allowlisted openExternal.
 */
import { app, session, shell, type WebContents } from 'electron';
import { APP_ORIGIN, originOfUrl } from './app-origin';

/** Hosts a rep may be sent to from inside the console (help pages); everything else is refused. */
const EXTERNAL_ALLOWLIST = new Set(['www.medicare.gov', 'www.cms.gov']);

/** Opens an https link in the system browser only when its host is on the allowlist. */
export function openExternalSafely(rawUrl: string): void {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return;
  }
  if (url.protocol === 'https:' && EXTERNAL_ALLOWLIST.has(url.hostname)) void shell.openExternal(url.toString());
}

function guard(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (originOfUrl(url) !== APP_ORIGIN) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (originOfUrl(url) !== APP_ORIGIN) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
}

/** Call once before any window exists. */
export function installWebContentsGuards(): void {
  app.on('web-contents-created', (_event, contents) => guard(contents));
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
