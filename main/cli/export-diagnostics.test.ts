import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logging/create-logger';
import { findPhi, KNOWN_PHI } from '../diagnostics/testing/known-phi';
import { readArchive } from '../diagnostics/testing/read-archive';
import { readExportDiagnosticsFlag } from './run-export-diagnostics';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX_CLI = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));

interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI as IT would (without npx, so no orphan), with its own policy file. */
function runCli(args: readonly string[], policyFile: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX_CLI, 'main/cli/export-diagnostics.ts', ...args], { cwd: ROOT, env: { ...process.env, REPCONSOLE_POLICY_FILE: policyFile } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

let root = '';
let userData = '';
const noPolicy = () => join(root, 'no-policy.json');
/** Every run starts at once in beforeAll (each pays tsx's start-up), and each test awaits its own. */
let runs: Record<'good' | 'broken' | 'unwritable' | 'usage', Promise<CliRun>>;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'rep-console-diag-cli-'));
  userData = join(root, 'user-data');
  const logger = await createLogger({ directory: join(userData, 'logs') });
  logger.error(`card ${KNOWN_PHI.cardSpaced} for member ${KNOWN_PHI.firstName} ${KNOWN_PHI.lastName}, MBI ${KNOWN_PHI.mbiOnCard}`);
  logger.info('an ordinary line');
  await new Promise<void>((resolve) => logger.flush(() => resolve()));
  // What a rep or IT left for this user: the archive must say where the setting came from.
  writeFileSync(join(userData, 'settings.json'), JSON.stringify({ cache: { ttlSeconds: 3_600 } }));
  const policy = join(root, 'broken-policy.json');
  writeFileSync(policy, '{ "backend": { "url": "ftp://nope" ');
  const notAFolder = join(root, 'a-file');
  writeFileSync(notAFolder, 'x');
  runs = {
    good: runCli(['--user-data', userData, join(root, 'collected')], noPolicy()),
    broken: runCli(['--user-data', userData, join(root, 'broken')], policy),
    unwritable: runCli(['--user-data', userData, join(notAFolder, 'sub')], noPolicy()),
    usage: runCli([join(root, 'x')], noPolicy()),
  };
  await Promise.all(Object.values(runs));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('export-diagnostics on the command line', () => {
  it('writes the archive without a console or a sign-in, prints its path and exits 0', async () => {
    const run = await runs.good;
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const path = run.stdout.trim();
    expect(readdirSync(join(root, 'collected'))).toEqual([path.slice(join(root, 'collected').length + 1)]);
    const files = readArchive(path);
    expect(JSON.parse(files['environment.json']!)).toMatchObject({ trigger: 'command-line', host: 'command-line', electron: 'plain Node (no Electron)' });
    expect(JSON.parse(files['softphone.json']!)).toMatchObject({ isRunning: false, isPaired: false, configuredPort: 47_615 });
    const settings = (JSON.parse(files['policy.json']!) as { settings: { setting: string; value: unknown; source: string }[] }).settings;
    expect(settings.find((entry) => entry.setting === 'cache.ttlSeconds')).toEqual({ setting: 'cache.ttlSeconds', value: 3_600, source: `user settings ${join(userData, 'settings.json')}` });
    expect(settings.find((entry) => entry.setting === 'backend.url')?.source).toBe('default');
    // No console ran: the last errors come from the log files, scrubbed like everything else.
    expect(files['last-errors.jsonl']).toContain('"level":50');
    expect(files['last-errors.jsonl']).not.toContain('an ordinary line');
    for (const [file, text] of Object.entries(files)) expect(findPhi(text), `${file} leaks`).toEqual([]);
  });

  it('still exports when the policy is broken, and says why in the archive', async () => {
    const run = await runs.broken;
    expect(run.status).toBe(0);
    const report = JSON.parse(readArchive(run.stdout.trim())['policy.json']!) as { problem: string; settings: { setting: string; value: unknown }[] };
    expect(report.problem).toContain(join(root, 'broken-policy.json'));
    expect(report.settings.find((entry) => entry.setting === 'backend.url')?.value).toBeNull();
  });

  it('exits 1 with the reason when the folder cannot be written, and 2 without its arguments', async () => {
    const failed = await runs.unwritable;
    expect(failed.status).toBe(1);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toMatch(/^rep-console: diagnostics could not be written to .*a-file.*sub: /);
    const usage = await runs.usage;
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('usage: export-diagnostics --user-data DIR');
  });
});

describe('readExportDiagnosticsFlag', () => {
  it.each([
    [['/opt/Rep Console/rep-console', '--export-diagnostics', 'C:\\Temp'], 'C:\\Temp'],
    [['electron', '.', '--export-diagnostics=/tmp/out'], '/tmp/out'],
    [['rep-console', '--export-diagnostics'], ''],
    [['rep-console', '--export-diagnostics', '--no-sandbox'], ''],
    [['rep-console', '--incoming-call', 'x'], null],
  ])('reads %j as %j', (argv, folder) => {
    expect(readExportDiagnosticsFlag(argv)).toBe(folder);
  });
});
