/**
 * Test-only fault injection: slow answers, error statuses and dropped connections on demand, so the
 * console's backend client can be tested for timeouts and retries against a real server. Reachable only
 * through the programmatic handle — no HTTP route can switch it on.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SandboxApiError } from './sandbox-api-error';

/** The faults a test can switch on; each is independent of the others. */
export interface FaultSettings {
  /** Every request waits this long before it is handled. */
  readonly delayMs?: number;
  /** The next `count` requests are answered with `status` and an ApiError body. */
  readonly failNext?: { readonly count: number; readonly status: number };
  /** The next `count` requests have their connection closed with no answer (a network error). */
  readonly dropNext?: number;
}

/** The programmatic handle tests hold; the only way to reach the faults. */
export interface FaultControls {
  /** Replaces the settings given; settings not named keep their value. */
  set(settings: FaultSettings): void;
  clear(): void;
  current(): FaultSettings;
  /** Requests received since the server started, faults included: what retry tests count. */
  requestCount(): number;
}

/** The server's side of the injector: the hook that applies faults and a way to end delays. */
export interface FaultInjector {
  readonly controls: FaultControls;
  /** The onRequest hook that applies the faults. */
  apply(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  /** Ends pending delays at once, so closing the server never waits on an injected delay. */
  cancelDelays(): void;
}

const FAULT_CODES: Readonly<Record<number, string>> = { 429: 'RATE_LIMITED', 500: 'INTERNAL', 502: 'BAD_GATEWAY', 503: 'UNAVAILABLE', 504: 'GATEWAY_TIMEOUT' };

function validate(settings: FaultSettings): void {
  const { delayMs, failNext, dropNext } = settings;
  if (delayMs !== undefined && (!Number.isInteger(delayMs) || delayMs < 0)) throw new RangeError('delayMs must be a whole number of milliseconds, 0 or more.');
  if (failNext && (!Number.isInteger(failNext.count) || failNext.count < 0 || !Number.isInteger(failNext.status) || failNext.status < 400 || failNext.status > 599)) {
    throw new RangeError('failNext needs a whole count of 0 or more and an error status from 400 to 599.');
  }
  if (dropNext !== undefined && (!Number.isInteger(dropNext) || dropNext < 0)) throw new RangeError('dropNext must be a whole number, 0 or more.');
}

/** Creates an injector with no faults set. */
export function createFaultInjector(): FaultInjector {
  let delayMs = 0;
  let failNext: { count: number; status: number } | null = null;
  let dropNext = 0;
  let requests = 0;
  const pending = new Set<() => void>();
  const controls: FaultControls = {
    set(settings) {
      validate(settings);
      if (settings.delayMs !== undefined) delayMs = settings.delayMs;
      if (settings.failNext !== undefined) failNext = settings.failNext.count > 0 ? { ...settings.failNext } : null;
      if (settings.dropNext !== undefined) dropNext = settings.dropNext;
    },
    clear() {
      delayMs = 0;
      failNext = null;
      dropNext = 0;
    },
    current: () => ({ delayMs, dropNext, ...(failNext ? { failNext: { ...failNext } } : {}) }),
    requestCount: () => requests,
  };
  return {
    controls,
    async apply(request, reply) {
      requests += 1;
      if (delayMs > 0) {
        await new Promise<void>((resolve) => {
          const done = () => {
            clearTimeout(timer);
            pending.delete(done);
            resolve();
          };
          const timer = setTimeout(done, delayMs);
          pending.add(done);
        });
      }
      if (dropNext > 0) {
        dropNext -= 1;
        reply.hijack();
        request.raw.socket.destroy();
        return;
      }
      if (failNext) {
        const { status } = failNext;
        failNext = failNext.count > 1 ? { status, count: failNext.count - 1 } : null;
        // Thrown, so the server's error handler answers it in the same ApiError shape as a real refusal.
        throw new SandboxApiError(status, FAULT_CODES[status] ?? 'INJECTED_FAULT', `The sandbox answered ${status} on purpose (injected fault).`);
      }
    },
    cancelDelays() {
      for (const done of [...pending]) done();
    },
  };
}
