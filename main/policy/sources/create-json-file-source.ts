/**
 * A JSON settings file: the Linux machine policy (`/etc/rep-console/policy.json`), a developer's
 * REPCONSOLE_POLICY_FILE, or the per-user `<userData>/settings.json`. Same shape as policy.example.json.
 */
import { readFileSync } from 'node:fs';
import { PolicyError } from '../policy-error';
import type { PolicySource } from './policy-source';

/** Reads `filePath` when it exists; a file that is not a JSON object stops start-up naming it. */
export function createJsonFileSource(options: { filePath: string; name?: string }): PolicySource {
  const name = options.name ?? `policy file ${options.filePath}`;
  return {
    name,
    read() {
      let text: string;
      try {
        text = readFileSync(options.filePath, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw new PolicyError(`${name} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the console does not start without the policy IT set.`);
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        throw new PolicyError(`${name} is not valid JSON: ${(error as Error).message}`);
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new PolicyError(`${name} must hold a JSON object of sections, e.g. { "backend": { "url": "https://…" } }.`);
      return parsed as Record<string, unknown>;
    },
  };
}
