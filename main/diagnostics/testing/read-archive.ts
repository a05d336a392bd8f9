/** Opens a diagnostics zip the way support would (fflate), so tests read exactly what was written. */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

/** Every file in the archive as text, by its path inside the zip. */
export function readArchive(path: string): Record<string, string> {
  const entries = unzipSync(new Uint8Array(readFileSync(path)));
  return Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, strFromU8(bytes)]));
}
