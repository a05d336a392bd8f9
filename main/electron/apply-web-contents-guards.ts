/**
 * The navigation, window and permission guards, written against the few Electron members they use so
 * a unit test can drive them with fakes: nothing here imports Electron at run time.
 */
import { APP_ORIGIN, originOfUrl } from './app-origin';

/** Hosts a rep may be sent to from inside the console (help pages); everything else is refused. */
const EXTERNAL_ALLOWLIST = new Set(['www.medicare.gov', 'www.cms.gov']);

interface Preventable {
  preventDefault(): void;
}

/** The part of a WebContents the guards use; Electron's WebContents satisfies it. */
export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: Preventable, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (event: Preventable, url: string) => void): unknown;
  on(event: 'will-frame-navigate', listener: (details: Preventable & { readonly url: string }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  setWindowOpenHandler(handler: (details: { readonly url: string }) => { action: 'deny' }): void;
}

/** Electron's `app`, `session.defaultSession` and `shell.openExternal`, or test fakes. */
export interface GuardHost {
  readonly app: { on(event: 'web-contents-created', listener: (event: unknown, contents: GuardedContents) => void): unknown };
  readonly session: {
    setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (isGranted: boolean) => void) => void): void;
    setPermissionCheckHandler(handler: () => boolean): void;
    setDevicePermissionHandler(handler: () => boolean): void;
  };
  readonly openExternal: (url: string) => void;
}

/** The https URL to hand to the system browser, or null when its host is not on the allowlist. */
export function toAllowedExternalUrl(rawUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  return url.protocol === 'https:' && EXTERNAL_ALLOWLIST.has(url.hostname) ? url.toString() : null;
}

function guard(contents: GuardedContents, openExternal: (url: string) => void): void {
  const stayHome = (event: Preventable, url: string) => {
    if (originOfUrl(url) !== APP_ORIGIN) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  // will-navigate covers only the main frame: an iframe (a compromised or injected one) navigating
  // itself to a phishing page would otherwise run inside the console's window.
  contents.on('will-frame-navigate', (details) => stayHome(details, details.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const allowed = toAllowedExternalUrl(url);
    if (allowed !== null) openExternal(allowed);
    return { action: 'deny' };
  });
}

/**
 * Guards every webContents as it is created and denies every permission request and check, device
 * access (HID, serial, USB) included: the console needs none, and each is a way off the machine.
 */
export function applyWebContentsGuards(host: GuardHost): void {
  host.app.on('web-contents-created', (_event, contents) => guard(contents, host.openExternal));
  host.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  host.session.setPermissionCheckHandler(() => false);
  host.session.setDevicePermissionHandler(() => false);
}
