/**
 * Registers the global call hotkeys with Electron when the policy allows them (main/softphone/
 * call-hotkeys.ts says which); returns the function that releases them, for quitting.
 */
import { globalShortcut } from 'electron';
import type { Logger } from '../logging/create-logger';
import { callHotkeys } from '../softphone/call-hotkeys';
import type { CallAction } from '../softphone/to-call-command';

/** `run` carries out the control (services.calls.calls.command); its refusals are logged, not shown. */
export function registerCallHotkeys(options: { isAllowed: boolean; run: (action: CallAction) => void; logger: Logger }): () => void {
  const registered: string[] = [];
  for (const { accelerator, action } of callHotkeys(options.isAllowed)) {
    const isTaken = !globalShortcut.register(accelerator, () => {
      try {
        options.run(action);
      } catch (error) {
        options.logger.info({ action, code: (error as { code?: string }).code ?? 'UNKNOWN' }, 'global call hotkey did nothing');
      }
    });
    if (isTaken) options.logger.warn({ accelerator }, 'another application holds this global call hotkey; it stays unregistered');
    else registered.push(accelerator);
  }
  return () => registered.forEach((accelerator) => globalShortcut.unregister(accelerator));
}
