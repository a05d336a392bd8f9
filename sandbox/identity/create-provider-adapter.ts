/**
 * oidc-provider's storage adapter over the sandbox database, so a restart signs no one out of the
 * provider and refresh tokens keep working. Rows are keyed by a SHA-256 digest of the id, and the id
 * itself (`jti`) is left out of the stored payload and put back on read: for refresh tokens and codes the
 * id *is* the bearer value, and a copy of the file must not hold one. Sessions keep theirs, because the
 * provider finds a session by its uid and must learn its id from the payload.
 */
import { createHash } from 'node:crypto';
import type { SandboxDatabase } from '../database/open-database';

/** A stored artefact as oidc-provider hands it over: any JSON object. */
export type ProviderPayload = Record<string, unknown>;

/** The adapter contract oidc-provider calls, one instance per model name. */
export interface ProviderAdapter {
  upsert(id: string, payload: ProviderPayload, expiresIn?: number): Promise<void>;
  find(id: string): Promise<ProviderPayload | undefined>;
  findByUid(uid: string): Promise<ProviderPayload | undefined>;
  findByUserCode(userCode: string): Promise<ProviderPayload | undefined>;
  consume(id: string): Promise<void>;
  destroy(id: string): Promise<void>;
  revokeByGrantId(grantId: string): Promise<void>;
}

const KEEPS_ID = new Set(['Session']);
/** The artefacts a revoked grant takes with it (as oidc-provider's own memory adapter has it): never the interaction or the session. */
const GRANTABLE = new Set(['AccessToken', 'AuthorizationCode', 'RefreshToken', 'DeviceCode', 'BackchannelAuthenticationRequest', 'PreAuthorizedCode']);
const digest = (id: string): Buffer => createHash('sha256').update(id).digest();

/** Returns the factory oidc-provider's `adapter` setting takes; the database must be migrated. */
export function createProviderAdapter(db: SandboxDatabase, now: () => Date = () => new Date()): (model: string) => ProviderAdapter {
  const upsert = db.prepare<[string, Buffer, string, string | null, string | null, number | null]>(
    'INSERT OR REPLACE INTO identity_store (model, id_digest, payload, grant_id, uid, expires_at_ms) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const find = db.prepare<[string, Buffer, number], { payload: string }>('SELECT payload FROM identity_store WHERE model = ? AND id_digest = ? AND (expires_at_ms IS NULL OR expires_at_ms > ?)');
  const findByUid = db.prepare<[string, string, number], { payload: string }>('SELECT payload FROM identity_store WHERE model = ? AND uid = ? AND (expires_at_ms IS NULL OR expires_at_ms > ?)');
  const findRaw = db.prepare<[string, Buffer], { payload: string; expiresAtMs: number | null }>('SELECT payload, expires_at_ms AS expiresAtMs FROM identity_store WHERE model = ? AND id_digest = ?');
  // The provider finds a session by uid: only its newest row may answer.
  const dropOlderUid = db.prepare<[string, string, Buffer]>('DELETE FROM identity_store WHERE model = ? AND uid = ? AND id_digest <> ?');
  const destroy = db.prepare<[string, Buffer]>('DELETE FROM identity_store WHERE model = ? AND id_digest = ?');
  const revokeGrant = db.prepare<[string]>('DELETE FROM identity_store WHERE grant_id = ?');
  const sweep = db.prepare<[number]>('DELETE FROM identity_store WHERE expires_at_ms <= ?');

  return (model) => {
    const keepsId = KEEPS_ID.has(model);
    const read = (row: { payload: string } | undefined, id: string | null): ProviderPayload | undefined => {
      if (!row) return undefined;
      const payload = JSON.parse(row.payload) as ProviderPayload;
      return keepsId || id === null ? payload : { ...payload, jti: id };
    };
    const write = (id: string, payload: ProviderPayload, expiresAtMs: number | null) => {
      const { jti: _id, ...rest } = payload;
      const stored = keepsId ? payload : rest;
      const grantId = GRANTABLE.has(model) && typeof payload.grantId === 'string' ? payload.grantId : null;
      const uid = typeof payload.uid === 'string' ? payload.uid : null;
      upsert.run(model, digest(id), JSON.stringify(stored), grantId, uid, expiresAtMs);
      if (uid !== null) dropOlderUid.run(model, uid, digest(id));
    };
    return {
      async upsert(id, payload, expiresIn) {
        const nowMs = now().getTime();
        sweep.run(nowMs);
        write(id, payload, typeof expiresIn === 'number' ? nowMs + expiresIn * 1000 : null);
      },
      find: async (id) => read(find.get(model, digest(id), now().getTime()), id),
      findByUid: async (uid) => read(findByUid.get(model, uid, now().getTime()), null),
      // Device codes are not offered by this provider.
      findByUserCode: async () => undefined,
      async consume(id) {
        const row = findRaw.get(model, digest(id));
        if (!row) return;
        write(id, { ...(JSON.parse(row.payload) as ProviderPayload), consumed: Math.floor(now().getTime() / 1000) }, row.expiresAtMs);
      },
      destroy: async (id) => void destroy.run(model, digest(id)),
      revokeByGrantId: async (grantId) => void revokeGrant.run(grantId),
    };
  };
}
