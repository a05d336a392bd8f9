/**
 * `npm run softphone -- …`: the softphone simulator from a terminal, for demos and manual tests.
 *
 *   npm run softphone -- pair 428613             pair (the token is saved to .sandbox-data/softphone-token), then prompt
 *   npm run softphone                            connect with the saved token, then prompt (type help)
 *   npm run softphone -- --script calls.json     connect, run a JSON array of command lines, exit
 *   npm run softphone -- floor --agents 200      play a floor of simulated agents against the sandbox (floor-cli.ts)
 *
 * Options: --url ws://127.0.0.1:47615/softphone (or --port N), --token-file FILE, --processor-url URL
 * (default $REPCONSOLE_PROCESSOR_URL: where secure capture tokenises the test card), --name NAME.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { LINK_DEFAULT_PORT, LINK_PATH } from '../../shared/softphone/link-protocol';
import { createSoftphoneSimulator } from './create-softphone-simulator';
import { runFloorCli } from './floor-cli';
import { runSoftphoneCommand, SOFTPHONE_HELP } from './run-softphone-command';
import { DEFAULT_TOKEN_FILE, softphoneTokenFile } from './softphone-token-file';

const ScriptSchema = z.array(z.string().max(500)).max(1000);
const say = (text: string) => text && process.stdout.write(`${text}\n`);

// `floor` plays a floor of agents over HTTP, no link: its own options (floor-cli.ts).
if (process.argv[2] === 'floor') process.exit(await runFloorCli(process.argv.slice(3)));

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      port: { type: 'string', default: String(LINK_DEFAULT_PORT) },
      'token-file': { type: 'string', default: DEFAULT_TOKEN_FILE },
      'processor-url': { type: 'string' },
      name: { type: 'string', default: 'Sandbox Softphone' },
      script: { type: 'string' },
    },
  });
  const tokenFile = values['token-file'];
  const phone = createSoftphoneSimulator({
    url: values.url ?? `ws://127.0.0.1:${values.port}${LINK_PATH}`,
    name: values.name,
    processorUrl: values['processor-url'] ?? process.env.REPCONSOLE_PROCESSOR_URL ?? null,
    keyDelayMs: values.script ? 0 : 150,
    onState: (state, detail) => process.stderr.write(`[link ${state}${detail ? `: ${detail}` : ''}]\n`),
  });
  phone.onCommand((command) => process.stderr.write(`[console says ${command.type}]\n`));
  const context = { phone, onPaired: (token: string) => softphoneTokenFile.write(token, tokenFile) };

  if (positionals[0] === 'pair') say(await runSoftphoneCommand(`pair ${positionals[1] ?? ''}`, context));
  else {
    const token = softphoneTokenFile.read(tokenFile);
    if (token) await phone.connect(token).then(() => say('Connected to the console.'));
    else say('Not paired yet: in the console choose "Pair a softphone" (Ctrl+K), then type: pair <code>');
  }

  if (values.script) {
    const lines = ScriptSchema.parse(JSON.parse(readFileSync(values.script, 'utf8')));
    for (const line of lines) say(await runSoftphoneCommand(line, context));
    phone.close();
  } else {
    say(SOFTPHONE_HELP);
    const prompt = createInterface({ input: process.stdin, output: process.stdout, prompt: 'softphone> ' });
    prompt.prompt();
    prompt.on('line', (line) => {
      runSoftphoneCommand(line, context).then(say, (error: unknown) => say(error instanceof Error ? error.message : String(error))).finally(() => prompt.prompt());
    });
    prompt.on('close', () => {
      phone.close();
      process.exit(0);
    });
  }
} catch (error) {
  process.stderr.write(`softphone: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
