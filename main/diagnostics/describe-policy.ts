/**
 * The settings in force for the diagnostics archive: each setting's value and the source it came from
 * (machine policy, user settings, default…), with anything secret-like removed. Support needs to see
 * which backend a desktop talks to and why, never a credential someone put in a policy.
 */
import type { Config } from '../policy/config-schema';

/** One setting as the archive shows it. */
export interface PolicyEntry {
  readonly setting: string;
  readonly value: unknown;
  /** The source's name from loadPolicy's origins; 'unknown' when the caller had none. */
  readonly source: string;
}

/** The policy part of the archive. */
export interface PolicyDescription {
  readonly settings: readonly PolicyEntry[];
  /** Why the policy could not be loaded (the export then shows the defaults); null when it loaded. */
  readonly problem: string | null;
}

/** Setting names that hold a credential; none do today, so a new one is removed before anyone forgets. */
const SECRET_NAME = /(token|password|passwd|secret|credential|api[-_]?key|authorization|cookie|private[-_]?key|certificate)/i;

/** URLs lose user info, query and fragment: the schema refuses credentials, but a query may carry a key. */
function withoutUrlSecrets(value: string): string {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return value;
  try {
    const url = new URL(value);
    const hadSecrets = url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '';
    url.username = '';
    url.password = '';
    url.search = '';
    url.hash = '';
    return hadSecrets ? `${url.href} [query removed]` : value;
  } catch {
    return '[removed: not a readable URL]';
  }
}

function flatten(value: unknown, prefix: string, out: Array<[string, unknown]>): void {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
    return;
  }
  out.push([prefix, value]);
}

function clean(setting: string, value: unknown): unknown {
  if (SECRET_NAME.test(setting)) return value === null ? null : '[removed]';
  if (typeof value === 'string') return withoutUrlSecrets(value);
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? withoutUrlSecrets(item) : item));
  return value;
}

/** Lists every setting in force with its source. */
export function describePolicy(config: Config, origins: Readonly<Record<string, string>> | null, problem: string | null = null): PolicyDescription {
  const pairs: Array<[string, unknown]> = [];
  flatten(config, '', pairs);
  return {
    settings: pairs.map(([setting, value]) => ({ setting, value: clean(setting, value), source: origins ? (origins[setting] ?? 'default') : 'unknown' })),
    problem,
  };
}
