/** Electron entry: wiring only. Sandbox everything, one instance, then the same services the web host runs. */
import { app, BrowserWindow, dialog, shell } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSecureWindow } from './electron/create-secure-window';
import { installWebContentsGuards } from './electron/install-web-contents-guards';
import { nativeBindingPath } from './electron/native-binding-path';
import { registerAppProtocol, registerAppSchemePrivileges } from './electron/register-app-protocol';
import { registerCallHotkeys } from './electron/register-call-hotkeys';
import { registerLaunchHooks } from './electron/register-launch-hooks';
import { watchSystemIdle } from './electron/watch-system-idle';
import { createSafeStorageKeyStore } from './electron/safe-storage-key-store';
import { bindElectronHost } from './hosts/electron-host';
import { createLogger } from './logging/create-logger';
import { loadPolicy } from './policy/load-config';
import { createConsoleServices } from './services/create-console-services';
import { createLaunchRouter } from './softphone/launch/create-launch-router';
import { readExportDiagnosticsFlag } from './cli/run-export-diagnostics';
import { runExportDiagnosticsCommand } from './electron/run-export-diagnostics-command';
import { createElectronUpdateEngine } from './electron/create-electron-update-engine';
import { REMOVE_USER_DATA_FLAG, runRemoveUserDataCommand } from './uninstall/run-remove-user-data-command';

const here = fileURLToPath(new URL('.', import.meta.url));

app.enableSandbox();
registerAppSchemePrivileges();

// IT's per-user clean-up (`rep-console --remove-user-data`, docs/admin): runs instead of the console, never beside it.
if (process.argv.includes(REMOVE_USER_DATA_FLAG)) {
  const isOnlyInstance = app.requestSingleInstanceLock();
  process.exit(runRemoveUserDataCommand({ userDataDir: app.getPath('userData'), logsDir: app.getPath('logs'), isOnlyInstance, write: (line) => process.stdout.write(`${line}\n`) }));
}

// IT's diagnostics (`rep-console --export-diagnostics <folder>`, docs/admin): no window and no sign-in, exit 0 or 1.
const diagnosticsFolder = readExportDiagnosticsFlag(process.argv);

if (diagnosticsFolder !== null) {
  void runExportDiagnosticsCommand(diagnosticsFolder).then((code) => app.exit(code));
} else if (!app.requestSingleInstanceLock()) {
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
      const userDataDir = app.getPath('userData');
      // Machine policy (registry, managed preferences, /etc) > user policy > <userData>/settings.json > defaults.
      const policy = loadPolicy({ userDataDir });
      const { config } = policy;
      const logger = await createLogger({ directory: app.getPath('logs'), level: config.logging.level });
      for (const warning of policy.warnings) logger.warn(warning);
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
        // Single sign-on opens the company's provider in the system browser (RFC 8252), never in a console window.
        openExternal: (url: string) => shell.openExternal(url),
        // "Export diagnostics" saves here unless policy names a destination (diagnostics.destination).
        diagnosticsDir: app.getPath('downloads'),
        // Where each setting came from (machine policy, user policy, settings.json, default), for the diagnostics archive.
        policyOrigins: policy.origins,
        // electron-updater, from the policy's feed and channel; it also checks the publisher's signature.
        updateEngine: createElectronUpdateEngine({ policy: config.updates, currentVersion: app.getVersion(), logger }),
      });
      bindElectronHost({ handlers: services.handlers, events: services.events, logger });
      launches.ready((request) => services.deliverLaunchRequest(request), logger);
      // Answer and hang up from any application, only where IT's policy allows global hotkeys.
      const releaseHotkeys = registerCallHotkeys({ isAllowed: config.softphone.allowGlobalHotkeys, run: (action) => services.calls.calls.command(action), logger });
      // The idle lock also hears input anywhere on the computer, and locks with the OS screen lock.
      const stopIdleWatch = watchSystemIdle(services.idleLock);
      // Quitting waits for the session's token to be revoked (at most a few seconds), then quits for real.
      let isClosed = false;
      app.on('will-quit', (event) => {
        if (isClosed) return;
        event.preventDefault();
        releaseHotkeys();
        stopIdleWatch();
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
