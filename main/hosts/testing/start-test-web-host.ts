/** A real web host over a throwaway renderer folder, for tests of the host and of the bridge that talks to it. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventBus, type EventBus } from '../../events/create-event-bus';
import type { InvokeHandlers } from '../../ipc/handlers';
import { createSilentLogger, type Logger } from '../../logging/create-logger';
import { startWebHost, type WebHost } from '../web-host';

export interface TestWebHost {
  readonly host: WebHost;
  readonly events: EventBus;
  /** The folder holding `renderer/` (what is served) and `bridge.js`. */
  readonly dir: string;
  /** The first launch secret, from the host's URL fragment (one page may use it, once). */
  readonly secret: string;
}

/** The secret in a launch URL's fragment. */
export function secretOf(launchUrl: string): string {
  return new URL(launchUrl).hash.replace('#secret=', '');
}

/** Starts a host serving a minimal index.html; `handlers` may cover only the channels a test calls. */
export async function startTestWebHost(handlers: Partial<InvokeHandlers>, logger: Logger = createSilentLogger()): Promise<TestWebHost> {
  const dir = mkdtempSync(join(tmpdir(), 'web-host-'));
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  writeFileSync(join(dir, 'bridge.js'), '/* bridge */');
  const events = createEventBus();
  const host = await startWebHost({
    handlers: handlers as InvokeHandlers,
    events,
    logger,
    rendererDir: join(dir, 'renderer'),
    bridgeScriptPath: join(dir, 'bridge.js'),
  });
  return { host, events, dir, secret: secretOf(host.url) };
}
