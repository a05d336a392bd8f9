/** `npm run softphone-schema`: writes docs/softphone-protocol.schema.json from the shared link schemas. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLinkJsonSchema } from '../shared/softphone/build-link-json-schema';
import { repoRoot } from './spawn-listening-process';

const target = join(repoRoot, 'docs', 'softphone-protocol.schema.json');
writeFileSync(target, `${JSON.stringify(buildLinkJsonSchema(), null, 2)}\n`);
process.stdout.write(`Wrote ${target}\n`);
