/**
 * `npm run openapi`: writes docs/api/openapi.json (the payer backend) and docs/api/processor-openapi.json
 * (the payment processor stand-in) from the shared route contracts; a test keeps both files current.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument, buildProcessorOpenApiDocument } from './build-openapi-document';

/** Where the committed document lives, relative to this file. */
export const OPENAPI_PATH = fileURLToPath(new URL('../../docs/api/openapi.json', import.meta.url));

/** Where the processor's document lives. */
export const PROCESSOR_OPENAPI_PATH = fileURLToPath(new URL('../../docs/api/processor-openapi.json', import.meta.url));

/** The exact text written, so the freshness test compares byte for byte. */
export function renderOpenApiDocument(): string {
  return `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
}

/** The processor document's exact text. */
export function renderProcessorOpenApiDocument(): string {
  return `${JSON.stringify(buildProcessorOpenApiDocument(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(dirname(OPENAPI_PATH), { recursive: true });
  writeFileSync(OPENAPI_PATH, renderOpenApiDocument());
  writeFileSync(PROCESSOR_OPENAPI_PATH, renderProcessorOpenApiDocument());
  process.stderr.write(`Wrote ${OPENAPI_PATH} and ${PROCESSOR_OPENAPI_PATH}\n`);
}
