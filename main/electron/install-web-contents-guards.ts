/**
 * Guards every webContents: no navigation of any frame off our origin, no new windows, no <webview>,
 * no permissions or devices. Links to the outside go through one allowlisted openExternal.
 */
import { app, session, shell } from 'electron';
import { applyWebContentsGuards, toAllowedExternalUrl } from './apply-web-contents-guards';

/** Opens an https link in the system browser only when its host is on the allowlist. */
export function openExternalSafely(rawUrl: string): void {
  const url = toAllowedExternalUrl(rawUrl);
  if (url !== null) void shell.openExternal(url);
}

/** Call once before any window exists. */
export function installWebContentsGuards(): void {
  applyWebContentsGuards({ app, session: session.defaultSession, openExternal: openExternalSafely });
}
