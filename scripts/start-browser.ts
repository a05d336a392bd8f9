/**
 * `npm run start:browser`: the sandbox payer backend plus the console's web host, for machines
 * without Electron. Prints a launch link to open (one window, once); Enter prints another.
 */
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { exitOnFatalError } from '../main/hosts/exit-on-fatal-error';
import { runWebHost } from '../main/hosts/run-web-host';
import { startSandboxSoftphone } from '../sandbox/softphone/start-sandbox-softphone';
import { repoRoot, spawnListeningProcess } from './spawn-listening-process';

const sandboxArgs = ['serve', '--port', process.env.SANDBOX_PORT ?? '0', ...(process.env.SANDBOX_DB ? ['--db', process.env.SANDBOX_DB] : [])];
process.stderr.write('Starting the sandbox payer backend (the first start seeds 5,000 synthetic members)…\n');
const sandbox = await spawnListeningProcess('sandbox/cli.ts', sandboxArgs, { echoStderr: true });
const processorUrl = process.env.REPCONSOLE_PROCESSOR_URL ?? sandbox.processorUrl;
const issuerUrl = process.env.REPCONSOLE_IDENTITY_ISSUER_URL ?? (typeof sandbox.announcement.issuerUrl === 'string' ? sandbox.announcement.issuerUrl : null);
const host = await runWebHost({
  userDataDir: process.env.REPCONSOLE_USER_DATA_DIR ?? join(repoRoot, '.sandbox-data', 'user-data'),
  port: Number(process.env.REPCONSOLE_PORT ?? 0),
  env: {
    ...process.env,
    REPCONSOLE_BACKEND_URL: process.env.REPCONSOLE_BACKEND_URL ?? sandbox.url,
    // Card digits go to the sandbox's processor stand-in, on its own port, never to the payer backend.
    ...(processorUrl ? { REPCONSOLE_PROCESSOR_URL: processorUrl } : {}),
    // Single sign-on through the sandbox's OpenID provider (an empty REPCONSOLE_IDENTITY_ISSUER_URL keeps the password form).
    ...(issuerUrl ? { REPCONSOLE_IDENTITY_ISSUER_URL: issuerUrl } : {}),
  },
}).catch(async (error: unknown) => {
  await sandbox.stop();
  throw error;
});

const softphone = await startSandboxSoftphone({ linkPort: host.softphoneLinkPort, processorUrl: processorUrl ?? null });

async function stopAll(): Promise<void> {
  softphone.close();
  await host.close();
  await sandbox.stop();
}
exitOnFatalError(host.logger, stopAll);

process.stdout.write(
  [
    '',
    `Rep Console is running. Open this launch link in Chromium or Chrome (it opens one window, once):`,
    '',
    `  ${host.url}`,
    '',
    `Sandbox backend: ${sandbox.url}  (sign in as rep1, rep2 or lead1; password: sandbox)`,
    `Payment processor stand-in: ${sandbox.processorUrl ?? 'none'}  (test cards: sandbox/README.md)`,
    `Sign-in: ${issuerUrl ? `single sign-on through the sandbox OpenID provider at ${issuerUrl}` : 'the sandbox password form'}`,
    'Sample members to look up: npm run --silent sandbox -- samples',
    ...softphone.intro,
    'Press Enter for a new launch link (another window), Ctrl+C to stop.',
    '',
  ].join('\n'),
);
// An empty line is a new launch link; anything else goes to the softphone simulator.
createInterface({ input: process.stdin }).on('line', (line) => (line.trim() ? void softphone.run(line) : process.stdout.write(`\n  ${host.newLaunchUrl()}\n\n`)));

const shutdown = () => void stopAll().then(() => process.exit(0));
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
