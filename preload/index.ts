/**
 * Electron preload (sandboxed, context-isolated): exposes `window.repConsole` built from the contract.
 *
 * The renderer gets intent-named functions only, never `ipcRenderer` or the IPC event object (which
 * would hand it `sender` and a way to call any channel).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createRepConsoleApi } from '../shared/ipc/bridge';
import type { Result } from '../shared/ipc/result';

contextBridge.exposeInMainWorld(
  'repConsole',
  createRepConsoleApi({
    invoke: (channel, input) => ipcRenderer.invoke(channel, input) as Promise<Result<unknown>>,
    subscribe(channel, listener) {
      const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, forward);
      return () => {
        ipcRenderer.removeListener(channel, forward);
      };
    },
  }),
);
