/** The one window factory: every BrowserWindow in the app is made here, with the locked-down preferences. */
import { app, BrowserWindow } from 'electron';
import { APP_ORIGIN } from './app-origin';
import { secureWebPreferences } from './secure-web-preferences';

/** Creates the main console window and loads the renderer from app://. */
export function createSecureWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: 'Rep Console',
    webPreferences: secureWebPreferences(preloadPath, app.isPackaged),
  });
  // A Windows/Linux menu bar would swallow the console's Alt shortcuts (Alt+M, Alt+R, Alt+L).
  window.removeMenu();
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
