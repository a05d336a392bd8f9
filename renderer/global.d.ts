/** Declares the one door to main: preload (Electron) or the web bridge defines it before the renderer runs. */
import type { RepConsoleApi } from '../shared/ipc/bridge';

declare global {
  interface Window {
    readonly repConsole: RepConsoleApi;
  }
}

export {};
