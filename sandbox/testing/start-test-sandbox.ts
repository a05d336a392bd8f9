/**
 * Starts a small sandbox on an ephemeral port with its database in a fresh temp directory, for tests;
 * `restart` stops it and starts it again on the same file, `stop` closes it and deletes the directory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox, type RunningSandbox, type StartSandboxOptions } from '../start-sandbox';

/** A running test sandbox and its temp directory. */
export interface TestSandbox {
  /** The sandbox running now; a new one (on another port) after each restart. */
  readonly sandbox: RunningSandbox;
  readonly dir: string;
  /** Stops the sandbox and starts it again on the same database file with the same options. */
  restart(): Promise<RunningSandbox>;
  stop(): Promise<void>;
}

/** 200 members unless told otherwise; extra options pass through to startSandbox. */
export async function startTestSandbox(options: Partial<StartSandboxOptions> = {}): Promise<TestSandbox> {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-test-'));
  const start = () => startSandbox({ dbPath: join(dir, 'sandbox.sqlite'), members: 200, ...options });
  let sandbox = await start();
  return {
    get sandbox() {
      return sandbox;
    },
    dir,
    async restart() {
      await sandbox.close();
      sandbox = await start();
      return sandbox;
    },
    async stop() {
      await sandbox.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
