/**
 * Resolves the settings in force: defaults, then developer environment, then IT's machine policy.
 *
 * Machine policy wins over everything a user can change, because IT uses it to point every desktop at
 * the production backend. An invalid policy file stops start-up with a message naming the file and the
 * setting: silently falling back to defaults could send PHI requests to the wrong backend.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigSchema, type Config } from './config-schema';

/** Raised when the policy file cannot be used; the message is written for IT. */
export class PolicyError extends Error {
  override name = 'PolicyError';
}

/** Where IT deploys the machine policy on each platform (overridable with REPCONSOLE_POLICY_FILE). */
export function defaultPolicyPath(platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(process.env.ProgramData ?? 'C:\\ProgramData', 'RepConsole', 'policy.json');
  if (platform === 'darwin') return '/Library/Application Support/RepConsole/policy.json';
  return '/etc/rep-console/policy.json';
}

function readPolicy(path: string): Record<string, unknown> {
  if (!existsSync(path)) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new PolicyError(`The policy file ${path} is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new PolicyError(`The policy file ${path} must hold a JSON object.`);
  }
  return parsed as Record<string, unknown>;
}

function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const prior = out[key];
    const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
    out[key] = isObject(prior) && isObject(value) ? merge(prior, value) : value;
  }
  return out;
}

/** Loads and validates the configuration; throws PolicyError with a readable message. */
export function loadConfig(options: { env?: NodeJS.ProcessEnv; policyPath?: string } = {}): Config {
  const env = options.env ?? process.env;
  const policyPath = options.policyPath ?? env.REPCONSOLE_POLICY_FILE ?? defaultPolicyPath();
  const fromEnv = {
    ...(env.REPCONSOLE_BACKEND_URL ? { backend: { url: env.REPCONSOLE_BACKEND_URL } } : {}),
    ...(env.REPCONSOLE_PROCESSOR_URL ? { processor: { url: env.REPCONSOLE_PROCESSOR_URL } } : {}),
  };
  const merged = merge(fromEnv, readPolicy(policyPath));
  const result = ConfigSchema.safeParse(merged);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`).join('; ');
    throw new PolicyError(`The settings in ${policyPath} are not valid: ${problems}`);
  }
  return result.data;
}
