/**
 * The OS side of the launch hooks: registers the repconsole:// scheme for this app and feeds the
 * router every launch — this instance's own command line, a second instance's (Windows and Linux
 * hand protocol URLs over that way), and macOS's open-url. Call before app.whenReady().
 */
import { app } from 'electron';
import { resolve } from 'node:path';
import type { LaunchRouter } from '../softphone/launch/create-launch-router';
import { LAUNCH_PROTOCOL } from '../softphone/launch/parse-launch-request';

/** Registers the scheme and the listeners; the second-instance lock must already be held. */
export function registerLaunchHooks(router: LaunchRouter): void {
  // Unpackaged (electron .), the OS must start Electron with our entry script for the URL to reach us.
  const isRegistered = process.defaultApp && process.argv[1]
    ? app.setAsDefaultProtocolClient(LAUNCH_PROTOCOL, process.execPath, [resolve(process.argv[1])])
    : app.setAsDefaultProtocolClient(LAUNCH_PROTOCOL);
  if (!isRegistered) process.stderr.write(`rep-console: could not register the ${LAUNCH_PROTOCOL}:// scheme; launch links will not reach the console.\n`);
  app.on('open-url', (event, url) => {
    event.preventDefault();
    router.handle(url, 'open-url');
  });
  app.on('second-instance', (_event, argv) => router.handle(argv, 'second-instance'));
  router.handle(process.argv, 'argv');
}
