/**
 * The softphone simulator beside `npm run start:browser`: it connects with the token saved by an
 * earlier pairing, and the launcher's prompt passes it every non-empty line (`pair 428613`,
 * `ring 5552014477`, `hangup`…), so a demo needs one terminal.
 */
import { LINK_PATH } from '../../shared/softphone/link-protocol';
import { createSoftphoneSimulator } from './create-softphone-simulator';
import { runSoftphoneCommand } from './run-softphone-command';
import { softphoneTokenFile } from './softphone-token-file';

/** The running simulator as the launcher drives it. */
export interface SandboxSoftphone {
  /** Lines for the launcher's welcome text. */
  readonly intro: readonly string[];
  /** Runs one prompt line and prints the outcome. */
  run(line: string): Promise<void>;
  close(): void;
}

/** Starts the simulator against the console's link port (null: the link could not listen). */
export async function startSandboxSoftphone(options: { linkPort: number | null; processorUrl: string | null; write?: (text: string) => void }): Promise<SandboxSoftphone> {
  const write = options.write ?? ((text: string) => process.stdout.write(`${text}\n`));
  if (options.linkPort === null) {
    return { intro: ['Softphone simulator: off (the console\'s softphone link could not listen; see its log).'], run: async () => write('The softphone simulator is off.'), close: () => undefined };
  }
  const phone = createSoftphoneSimulator({
    url: `ws://127.0.0.1:${options.linkPort}${LINK_PATH}`,
    processorUrl: options.processorUrl,
    keyDelayMs: 150,
    onState: (state, detail) => state === 'stopped' && detail && write(`[softphone link stopped: ${detail}]`),
  });
  phone.onCommand((command) => write(`[console asked the softphone: ${command.type}]`));
  const token = softphoneTokenFile.read();
  let status = 'not paired yet: in the console choose "Pair a softphone" (Ctrl+K), then type here: pair <code>';
  if (token) {
    status = await phone.connect(token).then(
      () => 'connected with the saved pairing',
      () => 'its saved pairing was refused: pair again (Pair a softphone, then: pair <code>)',
    );
  }
  return {
    intro: [
      `Softphone simulator on the console's link (port ${options.linkPort}): ${status}.`,
      'Type softphone commands here: ring 5552014477 queue=Billing, answer, hold, resume, hangup, help.',
    ],
    async run(line) {
      try {
        const output = await runSoftphoneCommand(line, { phone, onPaired: (saved) => softphoneTokenFile.write(saved) });
        if (output) write(output);
      } catch (error) {
        write(error instanceof Error ? error.message : String(error));
      }
    },
    close: () => phone.close(),
  };
}
