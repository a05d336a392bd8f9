/**
 * A real softphone link on an ephemeral loopback port with its pairing file in a temp dir, a clock
 * the test moves, and everything it reported recorded, for tests of the link and of what it feeds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LINK_PATH } from '../../../../shared/softphone/link-protocol';
import type { CallEvent } from '../../../../shared/calls/call-events';
import { createFileKeyStore } from '../../../cache/create-file-key-store';
import { createMemoryLogger, type MemoryLogger } from '../../../hosts/testing/create-memory-logger';
import { createPairingStore } from '../create-pairing-store';
import { createSoftphoneLink } from '../create-softphone-link';
import type { SoftphoneLink, SoftphoneLinkOptions, SoftphoneLinkView } from '../softphone-link';

export interface TestLink {
  readonly link: SoftphoneLink;
  readonly port: number;
  /** ws://127.0.0.1:<port>/softphone */
  readonly url: string;
  readonly dir: string;
  readonly log: MemoryLogger;
  readonly events: CallEvent[];
  readonly views: SoftphoneLinkView[];
  /** Moves the link's clock forward. */
  advance(ms: number): void;
  /** Resolves with the next event onEvent hears. */
  nextEvent(): Promise<CallEvent>;
  /** Resolves with the first view (from now on) that `matches`. */
  nextView(matches: (view: SoftphoneLinkView) => boolean): Promise<SoftphoneLinkView>;
  /** Closes the link; the temp dir stays until stop(). */
  close(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts a link; `dir` reuses an earlier link's folder (a restart keeps the pairing). */
export async function startTestLink(options: { dir?: string; port?: number } & Partial<Omit<SoftphoneLinkOptions, 'onEvent' | 'onChanged'>> = {}): Promise<TestLink> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'softphone-link-'));
  const log = createMemoryLogger();
  let offsetMs = 0;
  const events: CallEvent[] = [];
  const views: SoftphoneLinkView[] = [];
  const eventWaiters: ((event: CallEvent) => void)[] = [];
  const viewWaiters = new Set<{ matches: (view: SoftphoneLinkView) => boolean; resolve: (view: SoftphoneLinkView) => void }>();
  const keyStore = createFileKeyStore({ filePath: join(dir, 'cache.key') });
  const link = createSoftphoneLink({
    pairingStore: createPairingStore({ filePath: join(dir, 'softphone', 'pairing.bin'), keyStore }),
    now: () => new Date(Date.now() + offsetMs),
    ...options,
    port: options.port ?? 0,
    logger: log.logger,
    onEvent: (event) => {
      events.push(event);
      eventWaiters.shift()?.(event);
    },
    onChanged: (view) => {
      views.push(view);
      for (const waiter of [...viewWaiters]) {
        if (!waiter.matches(view)) continue;
        viewWaiters.delete(waiter);
        waiter.resolve(view);
      }
    },
  });
  const { port } = await link.listen();
  return {
    link,
    port,
    url: `ws://127.0.0.1:${port}${LINK_PATH}`,
    dir,
    log,
    events,
    views,
    advance: (ms) => void (offsetMs += ms),
    nextEvent: () => new Promise((resolve) => eventWaiters.push(resolve)),
    nextView: (matches) => new Promise((resolve) => viewWaiters.add({ matches, resolve })),
    close: () => link.close(),
    async stop() {
      await link.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
