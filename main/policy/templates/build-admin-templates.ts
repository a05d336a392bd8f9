/**
 * Every generated admin file, keyed by its path from the repository root: `npm run admin-templates`
 * writes them and a test fails when the committed copies drift from the schema.
 */
import { buildAdml } from './build-adml';
import { buildAdmx } from './build-admx';
import { buildManagedPreferences } from './build-managed-preferences';
import { buildMobileconfig } from './build-mobileconfig';
import { buildPolicyExample } from './build-policy-example';
import { buildPolicyJsonSchema } from './build-policy-json-schema';
import { build } from 'plist';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Path → file content, in a stable order. */
export function buildAdminTemplates(): ReadonlyMap<string, string> {
  return new Map([
    ['docs/admin/policy.schema.json', json(buildPolicyJsonSchema())],
    ['docs/admin/policy.example.json', json(buildPolicyExample())],
    ['docs/admin/templates/RepConsole.admx', buildAdmx()],
    ['docs/admin/templates/en-US/RepConsole.adml', buildAdml()],
    ['docs/admin/templates/com.repconsole.desktop.mobileconfig', buildMobileconfig()],
    ['docs/admin/templates/com.repconsole.desktop.plist', `${build(buildManagedPreferences())}\n`],
  ]);
}
