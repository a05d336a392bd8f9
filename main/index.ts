/** Electron entry: wiring only. Sandbox everything, one instance, then the same services the web host runs. */
import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSecureWindow } from './electron/create-secure-window';
import { installWebContentsGuards } from './electron/install-web-contents-guards';
import { nativeBindingPath } from './electron/native-binding-path';
import { registerAppProtocol, registerAppSchemePrivileges } from './electron/register-app-protocol';
import { registerCallHotkeys } from './electron/register-call-hotkeys';
import { registerLaunchHooks } from './electron/register-launch-hooks';
import { createSafeStorageKeyStore } from './electron/safe-storage-key-store';
import { bindElectronHost } from './hosts/electron-host';
import { createLogger } from './logging/create-logger';
import { loadConfig } from './policy/load-config';
import { createConsoleServices } from './services/create-console-services';
import { createLaunchRouter } from './softphone/launch/create-launch-router';

const here = fileURLToPath(new URL('.', import.meta.url));

app.enableSandbox();
registerAppSchemePrivileges();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  // Launch hooks (repconsole://call?…, --incoming-call) may arrive before the services: the router holds them.
  const launches = createLaunchRouter();
  registerLaunchHooks(launches);
  app
    .whenReady()
    .then(async () => {
      installWebContentsGuards();
      registerAppProtocol(join(here, '..', 'renderer'));
      const config = loadConfig();
      const userDataDir = app.getPath('userData');
      const logger = await createLogger({ directory: app.getPath('logs'), level: config.logging.level });
      const keyStore = createSafeStorageKeyStore(join(userDataDir, 'cache', 'cache.key.sealed'), (m) => logger.warn(m));
      // The durable store's key is never replaced: a new key would make its pending actions unreadable.
      const storeKeyStore = createSafeStorageKeyStore(join(userDataDir, 'store', 'store.key.sealed'), (m) => logger.warn(m), 'refuse');
      const services = createConsoleServices({
        config,
        userDataDir,
        keyStore,
        storeKeyStore,
        logger,
        host: 'electron',
        version: app.getVersion(),
        nativeBinding: nativeBindingPath(),
      });
      bindElectronHost({ handlers: services.handlers, events: services.events, logger });
      launches.ready((request) => services.deliverLaunchRequest(request), logger);
      // Answer and hang up from any application, only where IT's policy allows global hotkeys.
      const releaseHotkeys = registerCallHotkeys({ isAllowed: config.softphone.allowGlobalHotkeys, run: (action) => services.calls.calls.command(action), logger });
      // Quitting waits for the session's token to be revoked (at most a few seconds), then quits for real.
      let isClosed = false;
      app.on('will-quit', (event) => {
        if (isClosed) return;
        event.preventDefault();
        releaseHotkeys();
        void services
          .close()
          .catch((error: unknown) => logger.error({ err: error }, 'could not close the services cleanly'))
          .finally(() => {
            isClosed = true;
            app.quit();
          });
      });
      createSecureWindow(join(here, '..', 'preload', 'index.js'));
    })
    .catch((error: unknown) => {
      dialog.showErrorBox('Rep Console cannot start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}
