import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN } from './app-origin';
import { applyWebContentsGuards, toAllowedExternalUrl, type GuardHost, type GuardedContents } from './apply-web-contents-guards';

type Listener = (...args: never[]) => unknown;

/** A webContents stand-in that records what the guards registered, so a test can fire the events. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents: GuardedContents = {
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler) => {
      openHandler = handler;
    },
  };
  const fire = (event: string, ...args: unknown[]) => (listeners.get(event) as ((...a: unknown[]) => unknown) | undefined)?.(...args);
  /** Fires a navigation event and says whether the guard prevented it. */
  const isPrevented = (event: string, url: string) => {
    const preventDefault = vi.fn();
    if (event === 'will-frame-navigate') fire(event, { url, isMainFrame: false, preventDefault });
    else fire(event, { preventDefault }, url);
    return preventDefault.mock.calls.length > 0;
  };
  return { contents, listeners, isPrevented, openWindow: (url: string) => openHandler?.({ url }) };
}

function fakeHost() {
  let created: ((event: unknown, contents: GuardedContents) => void) | undefined;
  const host = {
    app: { on: (_event: 'web-contents-created', listener: typeof created) => (created = listener) },
    session: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() },
    openExternal: vi.fn<(url: string) => void>(),
  } satisfies GuardHost;
  return { host, createContents: (contents: GuardedContents) => created?.({}, contents) };
}

describe('applyWebContentsGuards', () => {
  const { host, createContents } = fakeHost();
  applyWebContentsGuards(host);
  const page = fakeContents();
  createContents(page.contents);

  it('guards every new webContents against navigation of the page and of any frame off our origin', () => {
    expect([...page.listeners.keys()].sort()).toEqual(['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect']);
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      expect(page.isPrevented(event, 'https://evil.example/login'), event).toBe(true);
      expect(page.isPrevented(event, 'app://evil/index.html'), event).toBe(true);
      expect(page.isPrevented(event, 'file:///etc/passwd'), event).toBe(true);
      expect(page.isPrevented(event, `${APP_ORIGIN}/index.html#/members`), event).toBe(false);
    }
    expect(page.isPrevented('will-attach-webview', `${APP_ORIGIN}/index.html`)).toBe(true);
  });

  it('denies every new window and opens only allowlisted https links outside', () => {
    expect(page.openWindow('https://www.medicare.gov/basics')).toEqual({ action: 'deny' });
    expect(page.openWindow('http://www.cms.gov/')).toEqual({ action: 'deny' });
    expect(page.openWindow('https://evil.example/')).toEqual({ action: 'deny' });
    expect(host.openExternal.mock.calls).toEqual([['https://www.medicare.gov/basics']]);
  });

  it('denies permission requests, permission checks and device access', () => {
    const callback = vi.fn();
    const [requestHandler] = host.session.setPermissionRequestHandler.mock.calls[0] as [(c: unknown, p: string, cb: typeof callback) => void];
    requestHandler({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    const [checkHandler] = host.session.setPermissionCheckHandler.mock.calls[0] as [() => boolean];
    const [deviceHandler] = host.session.setDevicePermissionHandler.mock.calls[0] as [() => boolean];
    expect(checkHandler()).toBe(false);
    expect(deviceHandler()).toBe(false);
  });
});

describe('toAllowedExternalUrl', () => {
  it.each([
    ['https://www.cms.gov/help', 'https://www.cms.gov/help'],
    ['https://www.medicare.gov:443/x', 'https://www.medicare.gov/x'],
    ['http://www.cms.gov/', null],
    ['https://www.cms.gov.evil.example/', null],
    ['https://user@evil.example/?www.cms.gov', null],
    ['javascript:alert(1)', null],
    ['not a url', null],
  ])('%s → %s', (raw, expected) => {
    expect(toAllowedExternalUrl(raw)).toBe(expected);
  });
});
