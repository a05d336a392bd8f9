/**
 * The policy IT starts from (docs/admin/policy.example.json, the Linux `/etc/rep-console/policy.json`):
 * every setting, at a realistic example where the schema gives one, else at its default.
 */
import { listSettings } from '../list-settings';

/** Sections and settings in schema order. */
export function buildPolicyExample(): Record<string, Record<string, unknown>> {
  const example: Record<string, Record<string, unknown>> = {};
  for (const setting of listSettings()) (example[setting.section] ??= {})[setting.key] = setting.exampleValue;
  return example;
}
