/**
 * Starts a small sandbox on an ephemeral port with its database in a fresh temp directory, for tests;
 * `stop` closes it and deletes the directory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox, type RunningSandbox, type StartSandboxOptions } from '../start-sandbox';

/** A running test sandbox and its temp directory. */
export interface TestSandbox {
  readonly sandbox: RunningSandbox;
  readonly dir: string;
  stop(): Promise<void>;
}

/** 200 members unless told otherwise; extra options pass through to startSandbox. */
export async function startTestSandbox(options: Partial<StartSandboxOptions> = {}): Promise<TestSandbox> {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-test-'));
  const sandbox = await startSandbox({ dbPath: join(dir, 'sandbox.sqlite'), members: 200, ...options });
  return {
    sandbox,
    dir,
    async stop() {
      await sandbox.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
