/**
 * Starts the web host alone, for tests and benchmarks that run their own sandbox:
 * `REPCONSOLE_BACKEND_URL=… tsx main/hosts/web-host-cli.ts --user-data DIR [--port N] [--softphone-port N]`.
 * Prints one JSON line `{"event":"listening","url":…,"softphoneLinkPort":…}` when ready. The softphone
 * link takes a free port unless --softphone-port says otherwise (tests run hosts side by side).
 */
import { parseArgs } from 'node:util';
import { PolicyError } from '../policy/load-config';
import { exitWithParent } from '../../scripts/exit-with-parent';
import { exitOnFatalError } from './exit-on-fatal-error';
import { runWebHost } from './run-web-host';

try {
  const { values } = parseArgs({ options: { 'user-data': { type: 'string' }, port: { type: 'string', default: '0' }, 'softphone-port': { type: 'string', default: '0' } } });
  if (!values['user-data']) throw new PolicyError('Pass --user-data DIR: where the cache and logs go.');
  const host = await runWebHost({ userDataDir: values['user-data'], port: Number(values.port), softphoneLinkPort: Number(values['softphone-port']) });
  exitOnFatalError(host.logger, () => host.close());
  exitWithParent(() => host.close());
  process.stdout.write(`${JSON.stringify({ event: 'listening', url: host.url, softphoneLinkPort: host.softphoneLinkPort })}\n`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
} catch (error) {
  process.stderr.write(`rep-console: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
