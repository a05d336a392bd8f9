/**
 * Parses the sandbox CLI's arguments into a command and options, with a sentence for every mistake —
 * the developer sees "--members must be a whole number; got 'lots'", never a stack trace.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED_PARAMETERS, resolveSeedParameters, SeedParameterError, type SeedParameters } from './seed/seed-parameters';

/** The help text, also printed after every argument error. */
export const CLI_USAGE = `Usage: npx tsx sandbox/cli.ts <command> [options]

Commands:
  serve     Seed the database if needed, then serve the payer API. When ready, prints one JSON line
            on stdout: {"event":"listening","url":"http://127.0.0.1:PORT","members":N}
  seed      Seed the database only (reuses a matching file unless --force); timing on stderr.
  samples   Print one sample member per client, and one member per write-path scenario, as JSON.

Options:
  --db PATH        database file (default .sandbox-data/sandbox-<members>-<seed>.sqlite)
  --members N      synthetic members to seed (default ${DEFAULT_SEED_PARAMETERS.members})
  --seed N         random seed; the same seed gives the same members (default ${DEFAULT_SEED_PARAMETERS.seed})
  --as-of DATE     business date, YYYY-MM-DD (default ${DEFAULT_SEED_PARAMETERS.asOf})
  --port N         serve: TCP port, 0 for any free one (default 0)
  --host ADDR      serve: address to listen on (default 127.0.0.1)
  --force          seed: reseed even when the file already matches
  --help           show this help`;

/** A parsed, validated command line. */
export interface CliArguments {
  readonly command: 'serve' | 'seed' | 'samples' | 'help';
  readonly params: SeedParameters;
  readonly dbPath: string;
  readonly port: number;
  readonly host: string;
  readonly force: boolean;
}

function wholeNumber(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new SeedParameterError(`--${flag} must be a whole number; got '${value}'.`);
  return Number(value);
}

/** Parses `argv` (without node and the script); throws SeedParameterError with a readable message. */
export function parseCliArguments(argv: readonly string[], repoRoot: string): CliArguments {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        db: { type: 'string' }, members: { type: 'string' }, seed: { type: 'string' }, 'as-of': { type: 'string' },
        port: { type: 'string' }, host: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new SeedParameterError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [command, ...extra] = positionals;
  if (values.help) return { command: 'help', params: DEFAULT_SEED_PARAMETERS, dbPath: '', port: 0, host: '', force: false };
  if (command !== 'serve' && command !== 'seed' && command !== 'samples') {
    throw new SeedParameterError(command === undefined ? 'Name a command: serve, seed or samples.' : `Unknown command '${command}'; use serve, seed or samples.`);
  }
  if (extra.length > 0) throw new SeedParameterError(`Unexpected argument '${extra[0]}'.`);
  const params = resolveSeedParameters({ members: wholeNumber('members', values.members), seed: wholeNumber('seed', values.seed), asOf: values['as-of'] });
  const port = wholeNumber('port', values.port) ?? 0;
  if (port > 65_535) throw new SeedParameterError(`--port must be from 0 to 65535; got ${port}.`);
  if (values.host !== undefined && values.host.trim() === '') throw new SeedParameterError('--host needs an address, e.g. 127.0.0.1.');
  return {
    command,
    params,
    dbPath: values.db ?? join(repoRoot, '.sandbox-data', `sandbox-${params.members}-${params.seed}.sqlite`),
    port,
    host: values.host ?? '127.0.0.1',
    force: values.force ?? false,
  };
}
