/**
 * For tests of the interaction area: the real console services against a backend URL, with calls fed
 * through the real call service as a softphone would, and waits on what main tells the screen.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { CallInfo } from '../../../shared/calls/call-events';
import type { EventChannel, EventPayload } from '../../../shared/ipc/contract';
import { createFileKeyStore } from '../../cache/create-file-key-store';
import { ConfigSchema } from '../../policy/config-schema';
import { createConsoleServices, type ConsoleServices } from '../../services/create-console-services';

/** A console under test, signed in or not, and how to drive its calls. */
export interface InteractionConsole {
  readonly services: ConsoleServices;
  readonly h: ConsoleServices['handlers'];
  readonly userDataDir: string;
  /** Every log line so far, parsed. */
  logLines(): Record<string, unknown>[];
  /** Resolves when `count` lines with this message have been logged (counting those already there). */
  logged(msg: string, count?: number): Promise<void>;
  /** A call rings, as the paired softphone reports it. */
  ring(callId: string, call?: Partial<Omit<CallInfo, 'callId'>>): void;
  /** Any later event of a call (connected, held, resumed, ended). */
  feed(type: 'connected' | 'held' | 'resumed' | 'ended', callId: string): void;
  /** The next payload on `channel` that satisfies `isWanted`. */
  next<E extends EventChannel>(channel: E, isWanted?: (payload: EventPayload<E>) => boolean): Promise<EventPayload<E>>;
}

/** Starts services (not signed in) on `backendUrl`; `userDataDir` reuses a console's folder (a restart). */
export function startInteractionConsole(backendUrl: string, options: { userDataDir?: string; disclosureWithoutCall?: 'full' | 'name_only' } = {}): InteractionConsole {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'interactions-'));
  const lines: Record<string, unknown>[] = [];
  const waiters = new Set<() => void>();
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      waiters.forEach((check) => check());
      done();
    },
  });
  const logger = pino({ level: 'debug' }, stream);
  const services = createConsoleServices({
    config: ConfigSchema.parse({
      backend: { url: backendUrl, timeoutMs: 2_000, maxRetries: 0 },
      connection: { healthCheckIntervalMs: 500 },
      softphone: { linkPort: 0 },
      interactions: { disclosureWithoutCall: options.disclosureWithoutCall ?? 'full' },
    }),
    userDataDir,
    keyStore: createFileKeyStore({ filePath: join(userDataDir, 'cache', 'cache.key') }),
    logger,
    host: 'web',
    version: '0.0.0-test',
  });
  return {
    services,
    h: services.handlers,
    userDataDir,
    logLines: () => [...lines],
    logged(msg, count = 1) {
      return new Promise((resolve) => {
        const check = () => {
          if (lines.filter((line) => line.msg === msg).length < count) return;
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
        check();
      });
    },
    ring(callId, call = {}) {
      services.calls.calls.handleEvent({ type: 'ringing', call: { callId, ani: null, dialledNumber: null, direction: 'inbound', queue: null, agentExtension: null, ivr: null, ...call } }, 'link');
    },
    feed(type, callId) {
      services.calls.calls.handleEvent({ type, callId }, 'link');
    },
    next(channel, isWanted = () => true) {
      return new Promise((resolve) => {
        const stop = services.events.subscribe((c, payload) => {
          if (c !== channel || !isWanted(payload as EventPayload<typeof channel>)) return;
          stop();
          resolve(payload as EventPayload<typeof channel>);
        });
      });
    },
  };
}
