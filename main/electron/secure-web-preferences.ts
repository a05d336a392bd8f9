/**
 * The webPreferences every window gets. Kept apart from the window factory (and free of an `electron`
 * import) so a unit test can pin them where no Electron binary exists.
 */
import type { WebPreferences } from 'electron';

/** Returns the locked-down preferences for a window whose preload is `preloadPath`. */
export function secureWebPreferences(preloadPath: string, isPackaged: boolean): WebPreferences {
  return {
    preload: preloadPath,
    // The renderer is untrusted: no Node, its own JS world, OS-level sandbox.
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    devTools: !isPackaged,
  };
}
