/**
 * Starts the sandbox payer backend in-process: seeds the database file if it is missing or was seeded
 * with other parameters, opens it, and listens — with the payment processor stand-in on a port of its own. What tests, benchmarks and the CLI all call.
 */
import { openDatabase } from './database/open-database';
import type { CallServerOptions } from './calls/create-call-services';
import { DEFAULT_CTI_TOKEN } from './cti/create-phone-system-tokens';
import { startIdentityProvider, type RunningIdentityProvider } from './identity/start-identity-provider';
import { createProcessorServer } from './processor/create-processor-server';
import { createSandboxServer } from './server/create-sandbox-server';
import type { FaultControls } from './server/create-fault-injector';
import { ensureSeededDatabase } from './seed/ensure-seeded-database';
import { resolveSeedParameters } from './seed/seed-parameters';

/** Where the database lives, what to seed into it, and where to listen. */
export interface StartSandboxOptions {
  readonly dbPath: string;
  /** Default 5,000. */
  readonly members?: number;
  /** Default 1. */
  readonly seed?: number;
  /** Business date, YYYY-MM-DD; default 2026-11-15. */
  readonly asOf?: string;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** The payment processor stand-in's port; 0 (the default) picks a free one. */
  readonly processorPort?: number;
  /** Default 127.0.0.1: the sandbox is for this machine only. */
  readonly host?: string;
  /** Seeding progress lines; silent when absent. */
  readonly onProgress?: (message: string) => void;
  readonly logger?: boolean;
  readonly validateResponses?: boolean;
  readonly now?: () => Date;
  readonly nativeBinding?: string;
  /** Phone-system tokens (the first is the one `ctiWebhookUrl` carries), stream heartbeat and replay window, CTI log. */
  readonly calls?: CallServerOptions;
  /** The OpenID provider's port (0, the default, picks a free one) and access-token lifetime in seconds (default 300). */
  readonly identity?: { readonly port?: number; readonly accessTokenTtlSeconds?: number };
}

/** A listening sandbox and the handle to stop it. */
export interface RunningSandbox {
  /** Base URL, e.g. `http://127.0.0.1:53121`; routes start with /v1. */
  readonly url: string;
  readonly asOf: string;
  readonly members: number;
  readonly seed: number;
  readonly dbPath: string;
  /** True when this start had to seed the database. */
  readonly didSeed: boolean;
  /** The payment processor stand-in (tokenisation, shared/api/processor-routes.ts), on its own port. */
  readonly processorUrl: string;
  /** Where a phone system posts generic CTI events: `<url>/v1/cti/<the first phone-system token>`. */
  readonly ctiWebhookUrl: string;
  /** The sandbox's OpenID provider (sandbox/identity/), on its own port: the console's `identity.issuerUrl`. */
  readonly issuerUrl: string;
  /** Test-only fault injection (delays, error statuses, dropped connections). */
  readonly faults: FaultControls;
  /** Stops listening and closes the database. */
  close(): Promise<void>;
}

/** Seeds if needed and starts listening; rejects with a readable error on bad parameters or a busy port. */
export async function startSandbox(options: StartSandboxOptions): Promise<RunningSandbox> {
  const params = resolveSeedParameters({ members: options.members, seed: options.seed, asOf: options.asOf });
  const nativeBinding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const seeding = ensureSeededDatabase(options.dbPath, params, { ...nativeBinding, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
  const db = openDatabase(options.dbPath, { purpose: 'serve', ...nativeBinding });
  let identity: RunningIdentityProvider | null = null;
  try {
    identity = await startIdentityProvider({
      db, port: options.identity?.port ?? 0, host: options.host ?? '127.0.0.1',
      ...(options.identity?.accessTokenTtlSeconds ? { accessTokenTtlSeconds: options.identity.accessTokenTtlSeconds } : {}),
      ...(options.now ? { now: options.now } : {}),
    });
    const running = identity;
    const server = createSandboxServer({
      accessTokens: identity.verifier,
      db,
      asOf: params.asOf,
      ...(options.logger !== undefined ? { logger: options.logger } : {}),
      ...(options.validateResponses !== undefined ? { validateResponses: options.validateResponses } : {}),
      ...(options.now ? { now: options.now } : {}),
      ...(options.calls ? { calls: options.calls } : {}),
    });
    const url = await server.listen(options.port ?? 0, options.host ?? '127.0.0.1');
    const processor = createProcessorServer({ db, asOf: params.asOf, ...(options.logger !== undefined ? { logger: options.logger } : {}), ...(options.now ? { now: options.now } : {}) });
    const processorUrl = await processor.listen(options.processorPort ?? 0, options.host ?? '127.0.0.1').catch(async (error: unknown) => {
      await server.close();
      throw error;
    });
    let closing: Promise<void> | null = null;
    return {
      url, processorUrl, issuerUrl: running.issuer, asOf: params.asOf, members: params.members, seed: params.seed, dbPath: options.dbPath, didSeed: seeding.seeded, faults: server.faults,
      ctiWebhookUrl: `${url}/v1/cti/${encodeURIComponent(options.calls?.ctiTokens?.[0] ?? DEFAULT_CTI_TOKEN)}`,
      close() {
        closing ??= Promise.all([server.close(), processor.close(), running.close()]).then(() => undefined).finally(() => db.close());
        return closing;
      },
    };
  } catch (error) {
    await identity?.close();
    db.close();
    throw error;
  }
}
