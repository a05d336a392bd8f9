/**
 * `npm run start:browser`: the sandbox payer backend plus the console's web host, for machines
 * without Electron. Prints the address to open (it carries a one-time secret).
 */
import { join } from 'node:path';
import { runWebHost } from '../main/hosts/run-web-host';
import { repoRoot, spawnListeningProcess } from './spawn-listening-process';

const sandboxArgs = ['serve', '--port', process.env.SANDBOX_PORT ?? '0'];
process.stderr.write('Starting the sandbox payer backend (the first start seeds 5,000 synthetic members)…\n');
const sandbox = await spawnListeningProcess('sandbox/cli.ts', sandboxArgs, { echoStderr: true });
const host = await runWebHost({
  userDataDir: process.env.REPCONSOLE_USER_DATA_DIR ?? join(repoRoot, '.sandbox-data', 'user-data'),
  port: Number(process.env.REPCONSOLE_PORT ?? 0),
  env: { ...process.env, REPCONSOLE_BACKEND_URL: process.env.REPCONSOLE_BACKEND_URL ?? sandbox.url },
});

process.stdout.write(
  [
    '',
    `Rep Console is running. Open this address in Chromium or Chrome:`,
    '',
    `  ${host.url}`,
    '',
    `Sandbox backend: ${sandbox.url}  (sign in as rep1, rep2 or lead1; password: sandbox)`,
    'Sample members to look up: npm run --silent sandbox -- samples',
    'Press Ctrl+C to stop.',
    '',
  ].join('\n'),
);

async function shutdown(): Promise<void> {
  await host.close();
  await sandbox.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
