/**
 * Where the Electron-ABI build of better-sqlite3 lives. node_modules keeps the Node-ABI build for
 * tests and the web host; the Electron build is kept apart and passed as `nativeBinding` (docs/adr/0003).
 */
import { app } from 'electron';
import { join } from 'node:path';

/** Packaged: copied into resources by electron-builder. Unpackaged: built by scripts/build-native-for-electron.mjs. */
export function nativeBindingPath(): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'native', 'better_sqlite3.node')
    : join(app.getAppPath(), '.native', 'electron', 'better_sqlite3.node');
}
