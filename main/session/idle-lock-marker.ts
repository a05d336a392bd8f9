/**
 * The idle lock's state on disk, so a restart cannot be used to skip it: a console killed while
 * locked, or left idle past the idle time, comes back locked when it resumes its session silently
 * (single sign-on's saved sign-in). Sealed under a subkey of the OS-kept key, so an edited file does
 * not open; a missing or unreadable file also means locked: deleting it must not unlock anything.
 * Holds the user id and times only, no PHI.
 */
import { hkdfSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { CacheKeyStore } from '../cache/key-store';
import { createCacheCipher } from '../cache/create-cache-cipher';
import { writeKeyFile } from '../cache/write-key-file';
import type { LockSnapshot } from './idle-lock';

const AAD = Buffer.from('rep-console idle lock v1');

const LockSnapshotSchema = z.object({
  lastInputAt: z.number().int().min(0),
  locked: z.object({ at: z.number().int().min(0), reason: z.enum(['idle', 'manual']) }).nullable(),
}).strict();

/** Reads and writes the sealed snapshot. */
export interface LockMarker {
  /** The last snapshot written, or null when there is none this console can trust. */
  read(): LockSnapshot | null;
  write(snapshot: LockSnapshot): void;
}

/** Creates the marker over `filePath` (0600 in a 0700 folder); `onWarning` hears of a write that failed. */
export function createLockMarker(options: { filePath: string; keyStore: CacheKeyStore; onWarning?: (message: string) => void }): LockMarker {
  let cipher: ReturnType<typeof createCacheCipher> | null = null;
  // A subkey of its own: the cache's rows, the pairing and the saved sign-in each have theirs.
  const cipherOf = () => (cipher ??= createCacheCipher(Buffer.from(hkdfSync('sha256', options.keyStore.loadOrCreateKey(), AAD, 'idle-lock', 32))));
  return {
    read() {
      try {
        const plain = cipherOf().open(readFileSync(options.filePath), AAD);
        const parsed = plain ? LockSnapshotSchema.safeParse(JSON.parse(plain.toString('utf8'))) : null;
        return parsed?.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    write(snapshot) {
      try {
        writeKeyFile(options.filePath, cipherOf().seal(Buffer.from(JSON.stringify(snapshot)), AAD), 'replace');
      } catch (error) {
        options.onWarning?.(`Could not save the idle lock's state (${(error as NodeJS.ErrnoException).code ?? 'error'}): after a restart the console starts locked.`);
      }
    },
  };
}
