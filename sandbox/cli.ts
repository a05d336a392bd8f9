/**
 * The sandbox command line: `serve`, `seed` and `samples` (see CLI_USAGE). Progress goes to stderr; a
 * launcher reads stdout, where `serve` prints exactly one JSON line once it is listening.
 */
import { fileURLToPath } from 'node:url';
import { parseCliArguments, CLI_USAGE, type CliArguments } from './cli-arguments';
import { findSampleMembers, findScenarioMembers } from './database/find-sample-members';
import { openDatabase } from './database/open-database';
import { ensureSeededDatabase } from './seed/ensure-seeded-database';
import { seedDatabase } from './seed/seed-database';
import { SeedParameterError } from './seed/seed-parameters';
import { SANDBOX_USERS } from './server/sandbox-users';
import { startSandbox } from './start-sandbox';
import { exitWithParent } from '../scripts/exit-with-parent';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const progress = (message: string) => process.stderr.write(`${message}\n`);

async function serve(args: CliArguments): Promise<void> {
  // The phone system's webhook token; the documented default (sandbox-pbx) unless SANDBOX_CTI_TOKEN says otherwise.
  const ctiToken = process.env.SANDBOX_CTI_TOKEN;
  if (ctiToken !== undefined && ctiToken.length < 8) throw new SeedParameterError('SANDBOX_CTI_TOKEN must have at least 8 characters.');
  const calls = ctiToken ? { calls: { ctiTokens: [ctiToken] } } : {};
  const sandbox = await startSandbox({ dbPath: args.dbPath, ...args.params, port: args.port, host: args.host, onProgress: progress, ...calls });
  let isStopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (isStopping) process.exit(130);
    isStopping = true;
    progress(`Sandbox stopping (${signal})…`);
    sandbox.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  exitWithParent(() => sandbox.close());
  progress(`Sandbox payer backend at ${sandbox.url} (as of ${sandbox.asOf}, ${sandbox.members.toLocaleString('en-US')} members, ${args.dbPath}). Sign in as rep1, rep2 or lead1; password: sandbox. Payment processor stand-in at ${sandbox.processorUrl}. OpenID provider at ${sandbox.issuerUrl}.`);
  process.stdout.write(`${JSON.stringify({ event: 'listening', url: sandbox.url, processorUrl: sandbox.processorUrl, members: sandbox.members, ctiWebhookUrl: sandbox.ctiWebhookUrl, issuerUrl: sandbox.issuerUrl })}\n`);
}

function seed(args: CliArguments): void {
  const started = performance.now();
  const result = args.force ? { seeded: true, ...seedDatabase(args.dbPath, args.params, { onProgress: progress }) } : ensureSeededDatabase(args.dbPath, args.params, { onProgress: progress });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  progress(result.seeded
    ? `Seeded ${args.params.members.toLocaleString('en-US')} members (seed ${args.params.seed}, as of ${args.params.asOf}) into ${args.dbPath} in ${seconds} s.`
    : `${args.dbPath} already holds these members; nothing to do (use --force to reseed).`);
}

function samples(args: CliArguments): void {
  ensureSeededDatabase(args.dbPath, args.params, { onProgress: progress });
  const db = openDatabase(args.dbPath, { purpose: 'inspect' });
  try {
    const members = findSampleMembers(db);
    const scenarios = findScenarioMembers(db);
    // The simulated floor agents (agent001…) are the softphone simulator's, not people to sign in as.
    const users = SANDBOX_USERS.filter((u) => !u.isSimulated).map(({ user }) => ({ username: user.id, displayName: user.displayName, role: user.role, clientIds: user.clientIds ?? [] }));
    process.stdout.write(`${JSON.stringify({ asOf: args.params.asOf, dbPath: args.dbPath, password: 'sandbox', users, members, scenarios }, null, 2)}\n`);
  } finally {
    db.close();
  }
}

async function main(): Promise<void> {
  const args = parseCliArguments(process.argv.slice(2), repoRoot);
  if (args.command === 'help') process.stdout.write(`${CLI_USAGE}\n`);
  else if (args.command === 'serve') await serve(args);
  else if (args.command === 'seed') seed(args);
  else samples(args);
}

main().catch((error: unknown) => {
  if (error instanceof SeedParameterError) {
    process.stderr.write(`sandbox: ${error.message}\n\n${CLI_USAGE}\n`);
    process.exit(2);
  }
  const code = (error as { code?: unknown }).code;
  process.stderr.write(code === 'EADDRINUSE' ? `sandbox: that port is already in use; pick another --port or 0 for any free one.\n` : `sandbox: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
