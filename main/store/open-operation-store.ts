/**
 * The durable store of rep actions as the console runs it. When it cannot open, the console still
 * starts (reads work, and the rep is told why changes are paused) and nothing on disk is touched.
 */
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { AppFailure } from '../../shared/ipc/result';
import { createCacheCipher } from '../cache/create-cache-cipher';
import { createFileKeyStore } from '../cache/create-file-key-store';
import type { CacheKeyStore } from '../cache/key-store';
import type { Logger } from '../logging/create-logger';
import { createInteractionStore, type InteractionStore } from './create-interaction-store';
import { createOperationStore, type OperationStore } from './create-operation-store';
import { openDurableStore, storeUnavailable } from './open-durable-store';

/** Where the store lives and how its key is kept. */
export interface OpenOperationStoreOptions {
  readonly userDataDir: string;
  readonly logger: Logger;
  /** Default: a private key file beside the store (plain Node); Electron passes the OS-sealed one. */
  readonly storeKeyStore?: CacheKeyStore;
  readonly nativeBinding?: string;
}

export interface OpenOperationStore {
  /** The store; throws STORE_UNAVAILABLE (with the reason) when it could not be opened. */
  store(): OperationStore;
  /** The interactions in progress and the outbox, in the same file; throws like store(). */
  interactions(): InteractionStore;
  close(): void;
}

/** Opens `<userData>/store/console-store.sqlite` with its own key. */
export function openOperationStore(options: OpenOperationStoreOptions): OpenOperationStore {
  const dir = join(options.userDataDir, 'store');
  let db: Database.Database | null = null;
  let failure: AppFailure | null = null;
  let store: OperationStore | null = null;
  let interactions: InteractionStore | null = null;
  try {
    db = openDurableStore({ filePath: join(dir, 'console-store.sqlite'), ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    const keyStore = options.storeKeyStore ?? createFileKeyStore({ filePath: join(dir, 'store.key'), onWarning: (message) => options.logger.warn(message) });
    const cipher = createCacheCipher(keyStore.loadOrCreateKey());
    store = createOperationStore(db, cipher);
    interactions = createInteractionStore(db, cipher);
  } catch (error) {
    db?.close();
    failure = error instanceof AppFailure ? error : storeUnavailable(error instanceof Error ? error.message : String(error));
    options.logger.error({ code: failure.code, reason: failure.message }, 'the durable store could not be opened; changes are paused');
  }
  return {
    store() {
      if (!store) throw failure ?? storeUnavailable('it was not opened');
      return store;
    },
    interactions() {
      if (!interactions) throw failure ?? storeUnavailable('it was not opened');
      return interactions;
    },
    close: () => db?.close(),
  };
}
