/** Reads the seed metadata (parameters, generator version), so a file seeded differently is never reused by mistake. */
import type { SandboxDatabase } from './open-database';

/** All meta entries; empty when the table is missing (not a sandbox file, or one from before metadata). */
export function readMeta(db: SandboxDatabase): Record<string, string> {
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get() !== undefined;
  if (!hasTable) return {};
  const rows = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM meta').all();
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}
