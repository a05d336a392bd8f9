/**
 * Keeps what a silent sign-in after a restart needs — the refresh token, the ID token (for the
 * provider's sign-out) and who it is for — sealed in one private file under user data with a subkey of
 * the key the OS keychain guards. The access token is never written: it lives in memory only. A file
 * that does not open, or was made for another provider or client id, is read as "not signed in".
 */
import { hkdfSync } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { z } from 'zod';
import { UserSchema } from '../../shared/domain/session';
import { createCacheCipher } from '../cache/create-cache-cipher';
import type { CacheKeyStore } from '../cache/key-store';
import { writeKeyFile } from '../cache/write-key-file';

const StoredSignInSchema = z.object({
  issuer: z.string().min(1),
  clientId: z.string().min(1),
  refreshToken: z.string().min(1),
  idToken: z.string().nullable(),
  user: UserSchema,
  signedInAt: z.string(),
}).strict();

/** One remembered single sign-on session. */
export type StoredSignIn = z.infer<typeof StoredSignInSchema>;

/** Load, save and forget the one remembered sign-in. */
export interface SignInVault {
  /** The remembered sign-in for this provider and client, or null. */
  load(issuer: string, clientId: string): StoredSignIn | null;
  save(record: StoredSignIn): void;
  clear(): void;
}

const AAD = Buffer.from('rep-console sign-in v1');

/** Creates the vault over `filePath` (written 0600 in a 0700 folder); the key is loaded on first use. */
export function createSignInVault(options: { filePath: string; keyStore: CacheKeyStore; onWarning?: (message: string) => void }): SignInVault {
  let cipher: ReturnType<typeof createCacheCipher> | null = null;
  // A subkey of its own: neither the cache's rows nor the softphone pairing share this key material.
  const cipherOf = () => (cipher ??= createCacheCipher(Buffer.from(hkdfSync('sha256', options.keyStore.loadOrCreateKey(), AAD, 'sign-in', 32))));
  return {
    load(issuer, clientId) {
      let blob: Buffer;
      try {
        blob = readFileSync(options.filePath);
      } catch {
        return null;
      }
      const plain = cipherOf().open(blob, AAD);
      let record: ReturnType<typeof StoredSignInSchema.safeParse> | null = null;
      try {
        record = plain ? StoredSignInSchema.safeParse(JSON.parse(plain.toString('utf8'))) : null;
      } catch {
        record = null;
      }
      if (!record?.success) {
        options.onWarning?.('The saved sign-in could not be opened (was the OS keychain reset?); the rep signs in again.');
        return null;
      }
      return record.data.issuer === issuer && record.data.clientId === clientId ? record.data : null;
    },
    save(record) {
      writeKeyFile(options.filePath, cipherOf().seal(Buffer.from(JSON.stringify(record)), AAD), 'replace');
    },
    clear() {
      rmSync(options.filePath, { force: true });
    },
  };
}
