/** Binds the contract to Electron IPC: every channel through the dispatcher, every event to every window. */
import { BrowserWindow, ipcMain } from 'electron';
import { invokeContract } from '../../shared/ipc/contract';
import { APP_ORIGIN, originOfUrl } from '../electron/app-origin';
import type { EventBus } from '../events/create-event-bus';
import { createInvokeDispatcher } from '../ipc/create-invoke-dispatcher';
import type { InvokeHandlers } from '../ipc/handlers';
import { createTrustedSenderCheck } from '../ipc/is-trusted-sender';
import type { Logger } from '../logging/create-logger';

/** Registers ipcMain handlers; returns a function that removes them. */
export function bindElectronHost(deps: { handlers: InvokeHandlers; events: EventBus; logger: Logger }): () => void {
  const dispatcher = createInvokeDispatcher({
    handlers: deps.handlers,
    isTrustedSender: createTrustedSenderCheck([APP_ORIGIN]),
    logger: deps.logger,
  });
  const channels = Object.keys(invokeContract);
  for (const channel of channels) {
    ipcMain.handle(channel, (event, input: unknown) => dispatcher.dispatch(channel, input, { origin: originOfUrl(event.senderFrame?.url) }));
  }
  const unsubscribe = deps.events.subscribe((channel, payload) => {
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send(channel, payload);
  });
  return () => {
    unsubscribe();
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
