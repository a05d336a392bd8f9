/** Boots the renderer: finds the bridge preload (or the web bridge) defined, and mounts the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { config as configureZod } from 'zod';
import { createRepConsoleClient } from './api/rep-console-client';
import { App } from './app/app';
import './styles/app.css';

// The CSP forbids eval; without this zod probes `Function('')` on first parse and logs a CSP violation.
configureZod({ jitless: true });

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain #root');

// Without a bridge there is no main to talk to (the web bridge explains why in the page itself).
if ('repConsole' in window && window.repConsole) {
  createRoot(container).render(
    <StrictMode>
      <App client={createRepConsoleClient(window.repConsole)} />
    </StrictMode>,
  );
} else {
  container.textContent = 'Rep Console could not reach its host. Start it with npm start or npm run start:browser.';
}
