/** `npm run admin-templates`: writes the JSON Schema, ADMX/ADML, .mobileconfig and example policy in docs/admin/ from the policy schema. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildAdminTemplates } from '../main/policy/templates/build-admin-templates';
import { repoRoot } from './spawn-listening-process';

for (const [path, content] of buildAdminTemplates()) {
  const target = join(repoRoot, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
  process.stdout.write(`Wrote ${path}\n`);
}
