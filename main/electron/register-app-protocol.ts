/** Serves the built renderer from app://rep-console with the strict CSP; nothing outside its folder. */
import { net, protocol } from 'electron';
import { APP_SCHEME } from './app-origin';
import { createAppRequestHandler } from './create-app-request-handler';

/** Must run before `app.whenReady()`: the scheme needs standard+secure privileges from the start. */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Installs the handler; call after `app.whenReady()`. */
export function registerAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir, (fileUrl) => net.fetch(fileUrl)));
}
