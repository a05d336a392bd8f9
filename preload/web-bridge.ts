/**
 * The web host's stand-in for the Electron preload: defines the same `window.repConsole`, carried over
 * a loopback WebSocket instead of IPC. Loaded as a classic script before the renderer.
 */
import { createRepConsoleApi } from '../shared/ipc/bridge';
import { WEB_BRIDGE_PATH, WEB_BRIDGE_PROTOCOL, WEB_BRIDGE_SECRET_PREFIX } from '../shared/ipc/web-bridge-protocol-constants';
import { createWebSocketTransport } from './create-web-socket-transport';

const SECRET_KEY = 'repconsole.secret';

/** Takes the secret from the URL fragment once, then keeps it only for this tab's session. */
function takeSecret(): string | null {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('secret');
  if (fromHash) {
    sessionStorage.setItem(SECRET_KEY, fromHash);
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem(SECRET_KEY);
}

const secret = takeSecret();
if (secret) {
  const transport = createWebSocketTransport({
    url: `ws://${location.host}${WEB_BRIDGE_PATH}`,
    protocols: [WEB_BRIDGE_PROTOCOL, WEB_BRIDGE_SECRET_PREFIX + secret],
    openSocket: (url, protocols) => new WebSocket(url, [...protocols]),
  });
  Object.defineProperty(window, 'repConsole', { value: createRepConsoleApi(transport), writable: false });
} else {
  document.addEventListener('DOMContentLoaded', () => {
    document.body.textContent = 'Open Rep Console with the full address printed by `npm run start:browser` (it includes a one-time secret).';
  });
}
