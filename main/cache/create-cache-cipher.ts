/**
 * Encryption for PHI at rest: a copied cache file, backup or disk image must not reveal who was looked
 * up or what their record says, and must not let anyone alter or swap entries undetected.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { CACHE_KEY_BYTES } from './key-store';

/** Blob layout: [format 1 byte][IV 12 bytes][ciphertext][GCM tag 16 bytes]. Bump on any change. */
const BLOB_FORMAT = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** 128 bits: collisions among a few thousand cached members are out of reach, and the index stays small. */
const DIGEST_BYTES = 16;
const HKDF_SALT = Buffer.from('rep-console/member-cache');

/** The only three operations the cache needs, so no caller handles IVs, tags or subkeys. */
export interface CacheCipher {
  /** Encrypts `plain`; `aad` is what the value is bound to and must be given again to decrypt. */
  seal(plain: Buffer, aad: Buffer): Buffer;
  /** Decrypts a sealed value, or returns null when it is not exactly what `seal` wrote for this `aad`. */
  open(blob: Buffer, aad: Buffer): Buffer | null;
  /** A keyed digest, so identifiers can be looked up without being stored in clear. */
  digest(text: string): Buffer;
}

function deriveSubkey(masterKey: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, HKDF_SALT, purpose, 32));
}

/**
 * Derives separate AES-256-GCM and HMAC-SHA256 keys from the 32-byte master key.
 *
 * Separate subkeys keep one primitive's output from ever being usable as the other's key material.
 * The format byte is authenticated with the AAD, so a blob cannot be replayed under another format.
 */
export function createCacheCipher(masterKey: Buffer): CacheCipher {
  if (masterKey.length !== CACHE_KEY_BYTES) {
    throw new Error(`The member cache key must be ${CACHE_KEY_BYTES} bytes; got ${masterKey.length}.`);
  }
  const encryptionKey = deriveSubkey(masterKey, 'rep-console cache value encryption v1');
  const digestKey = deriveSubkey(masterKey, 'rep-console cache row key v1');
  const header = Buffer.of(BLOB_FORMAT);

  return {
    seal(plain, aad) {
      // A random IV per value: with 96-bit IVs a repeat is negligible below ~2^32 encryptions per key.
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(Buffer.concat([header, aad]));
      return Buffer.concat([header, iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
    },

    open(blob, aad) {
      if (blob.length < 1 + IV_BYTES + TAG_BYTES || blob[0] !== BLOB_FORMAT) return null;
      const iv = blob.subarray(1, 1 + IV_BYTES);
      const tag = blob.subarray(blob.length - TAG_BYTES);
      try {
        const decipher = createDecipheriv('aes-256-gcm', encryptionKey, iv, { authTagLength: TAG_BYTES });
        decipher.setAAD(Buffer.concat([header, aad]));
        decipher.setAuthTag(tag);
        return Buffer.concat([decipher.update(blob.subarray(1 + IV_BYTES, blob.length - TAG_BYTES)), decipher.final()]);
      } catch {
        // Wrong key, altered bytes or a value moved from another row: all mean "not ours", a miss.
        return null;
      }
    },

    digest(text) {
      return createHmac('sha256', digestKey).update(text).digest().subarray(0, DIGEST_BYTES);
    },
  };
}
