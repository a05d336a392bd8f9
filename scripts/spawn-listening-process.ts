/**
 * Starts a TypeScript entry point under Node (tsx) and resolves once it prints its
 * `{"event":"listening","url":…}` line. Uses `process.execPath` and tsx's own CLI file, never npx,
 * so killing the child really stops the server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const tsxCli = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));

export interface ListeningProcess {
  readonly url: string;
  readonly child: ChildProcess;
  readonly announcement: Record<string, unknown>;
  /** The sandbox's payment processor stand-in (its `processorUrl`); null for processes that announce none. */
  readonly processorUrl: string | null;
  /** Where a phone system posts generic CTI events to the sandbox (its `ctiWebhookUrl`); null for processes that announce none. */
  readonly ctiWebhookUrl: string | null;
  /** Sends SIGTERM and waits for the exit. */
  stop(): Promise<void>;
}

/** Spawns `entry args…`; rejects with the child's stderr if it exits or times out before listening. */
export function spawnListeningProcess(
  entry: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs?: number; echoStderr?: boolean } = {},
): Promise<ListeningProcess> {
  // The stdin pipe is the child's lifeline: it exits when the pipe closes, which the OS does when this
  // process dies in any way, so a crashed launcher never leaves a sandbox or host running.
  const child = spawn(process.execPath, [tsxCli, entry, ...args], {
    cwd: repoRoot,
    env: { ...process.env, REPCONSOLE_EXIT_WITH_PARENT: '1', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (options.echoStderr) process.stderr.write(chunk);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${entry} did not start within ${options.timeoutMs ?? 120_000} ms.\n${stderr}`));
    }, options.timeoutMs ?? 120_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited with code ${code} before listening.\n${stderr}`));
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      let message: Record<string, unknown>;
      try {
        message = JSON.parse(line) as Record<string, unknown>;
      } catch {
        return;
      }
      if (message.event === 'listening' && typeof message.url === 'string') {
        clearTimeout(timer);
        resolve({ url: message.url, processorUrl: typeof message.processorUrl === 'string' ? message.processorUrl : null,
          ctiWebhookUrl: typeof message.ctiWebhookUrl === 'string' ? message.ctiWebhookUrl : null, child, announcement: message, stop });
      }
    });
  });
}
