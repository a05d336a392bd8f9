/** `npm run openapi`: writes docs/api/openapi.json from the shared route contract; a test keeps the file current. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from './build-openapi-document';

/** Where the committed document lives, relative to this file. */
export const OPENAPI_PATH = fileURLToPath(new URL('../../docs/api/openapi.json', import.meta.url));

/** The exact text written, so the freshness test compares byte for byte. */
export function renderOpenApiDocument(): string {
  return `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(dirname(OPENAPI_PATH), { recursive: true });
  writeFileSync(OPENAPI_PATH, renderOpenApiDocument());
  process.stderr.write(`Wrote ${OPENAPI_PATH}\n`);
}
