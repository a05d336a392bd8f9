/**
 * The web host's stand-in for the Electron preload: defines the same `window.repConsole`, carried over
 * a loopback WebSocket instead of IPC. Loaded as a classic script before the renderer.
 *
 * The launch link's `#secret=…` opens one page, once: it is taken out of the address bar at once, sent
 * on the first connection, and swapped for the page's own credential, which this tab keeps
 * (sessionStorage) so a reload reconnects. Any other tab needs a new launch link.
 */
import { createRepConsoleApi } from '../shared/ipc/bridge';
import {
  WEB_BRIDGE_PAGE_PREFIX,
  WEB_BRIDGE_PATH,
  WEB_BRIDGE_PROTOCOL,
  WEB_BRIDGE_SECRET_PREFIX,
} from '../shared/ipc/web-bridge-protocol-constants';
import { createWebSocketTransport } from './create-web-socket-transport';

const PAGE_KEY = 'repconsole.page';
const NEW_LINK = 'press Enter in the terminal running `npm run start:browser` for a new one. Each launch link opens one window, once.';
const NEEDS_LINK = `Open Rep Console with a launch link: ${NEW_LINK}`;
const LINK_USED = `This launch link was used already (or Rep Console restarted since). Open a new launch link: ${NEW_LINK}`;

function showOnly(text: string): void {
  const show = () => {
    document.body.textContent = text;
  };
  if (document.body) show();
  else document.addEventListener('DOMContentLoaded', show);
}

const launchSecret = new URLSearchParams(location.hash.slice(1)).get('secret');
if (launchSecret) {
  history.replaceState(null, '', location.pathname + location.search);
  // A fresh launch link in this tab starts a new page: the credential kept from an earlier one goes.
  sessionStorage.removeItem(PAGE_KEY);
}

if (launchSecret || sessionStorage.getItem(PAGE_KEY)) {
  const transport = createWebSocketTransport({
    url: `ws://${location.host}${WEB_BRIDGE_PATH}`,
    protocols: () => {
      const page = sessionStorage.getItem(PAGE_KEY);
      return [WEB_BRIDGE_PROTOCOL, page ? WEB_BRIDGE_PAGE_PREFIX + page : `${WEB_BRIDGE_SECRET_PREFIX}${launchSecret ?? ''}`];
    },
    openSocket: (url, protocols) => new WebSocket(url, [...protocols]),
    onCredential: (credential) => sessionStorage.setItem(PAGE_KEY, credential),
    onEnded: (reason) =>
      showOnly(reason === 'superseded' ? 'Rep Console is open in another tab or window. This one is closed; use the other one.' : LINK_USED),
  });
  Object.defineProperty(window, 'repConsole', { value: createRepConsoleApi(transport), writable: false });
} else {
  showOnly(NEEDS_LINK);
}
