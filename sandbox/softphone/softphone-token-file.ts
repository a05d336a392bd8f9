/**
 * Where the simulator keeps its pairing token between runs. A real softphone keeps it in the OS key
 * store; the sandbox keeps it in a 0600 file under .sandbox-data/, which is fine for synthetic data only.
 */
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LinkTokenSchema } from '../../shared/softphone/link-protocol';

/** The default token file: .sandbox-data/softphone-token in the checkout. */
export const DEFAULT_TOKEN_FILE = fileURLToPath(new URL('../../.sandbox-data/softphone-token', import.meta.url));

/** Reads and writes the token file. */
export const softphoneTokenFile = {
  read(filePath: string = DEFAULT_TOKEN_FILE): string | null {
    try {
      const token = readFileSync(filePath, 'utf8').trim();
      return LinkTokenSchema.safeParse(token).success ? token : null;
    } catch {
      return null;
    }
  },
  write(token: string, filePath: string = DEFAULT_TOKEN_FILE): void {
    mkdirSync(dirname(filePath), { recursive: true, mode: 0o700 });
    writeFileSync(filePath, `${token}\n`, { mode: 0o600 });
    chmodSync(filePath, 0o600);
  },
};
