/**
 * `npm run start:browser`: the sandbox payer backend plus the console's web host, for machines
 * without Electron. Prints a launch link to open (one window, once); Enter prints another.
 */
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { exitOnFatalError } from '../main/hosts/exit-on-fatal-error';
import { runWebHost } from '../main/hosts/run-web-host';
import { repoRoot, spawnListeningProcess } from './spawn-listening-process';

const sandboxArgs = ['serve', '--port', process.env.SANDBOX_PORT ?? '0', ...(process.env.SANDBOX_DB ? ['--db', process.env.SANDBOX_DB] : [])];
process.stderr.write('Starting the sandbox payer backend (the first start seeds 5,000 synthetic members)…\n');
const sandbox = await spawnListeningProcess('sandbox/cli.ts', sandboxArgs, { echoStderr: true });
const host = await runWebHost({
  userDataDir: process.env.REPCONSOLE_USER_DATA_DIR ?? join(repoRoot, '.sandbox-data', 'user-data'),
  port: Number(process.env.REPCONSOLE_PORT ?? 0),
  env: { ...process.env, REPCONSOLE_BACKEND_URL: process.env.REPCONSOLE_BACKEND_URL ?? sandbox.url },
}).catch(async (error: unknown) => {
  await sandbox.stop();
  throw error;
});

async function stopAll(): Promise<void> {
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
    'Sample members to look up: npm run --silent sandbox -- samples',
    'Press Enter for a new launch link (another window), Ctrl+C to stop.',
    '',
  ].join('\n'),
);
createInterface({ input: process.stdin }).on('line', () => process.stdout.write(`\n  ${host.newLaunchUrl()}\n\n`));

const shutdown = () => void stopAll().then(() => process.exit(0));
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
