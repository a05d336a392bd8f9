/**
 * Resolves the settings in force: machine policy > user policy > user settings > developer
 * environment > defaults (main/policy/sources/ has a reader per place).
 *
 * Machine policy wins over everything a user can change, because IT uses it to point every desktop at
 * the production backend. An invalid value stops start-up with a message naming the source and the
 * setting: silently falling back to defaults could send PHI requests to the wrong backend.
 */
import { type Config } from './config-schema';
import { PolicyError } from './policy-error';
import { resolvePolicy, type ResolvedPolicy } from './resolve-policy';
import { createObjectSource } from './sources/create-object-source';
import { platformPolicySources, type PlatformSourceOptions } from './sources/platform-policy-sources';
import type { PolicySource } from './sources/policy-source';

export { PolicyError };
export type { ResolvedPolicy };

/** Developer overrides (the launchers point the console at the sandbox); every policy source wins over them. One line per variable. */
const ENV_OVERRIDES: Readonly<Record<string, readonly [section: string, key: string]>> = {
  REPCONSOLE_BACKEND_URL: ['backend', 'url'],
  REPCONSOLE_PROCESSOR_URL: ['processor', 'url'],
  REPCONSOLE_IDENTITY_ISSUER_URL: ['identity', 'issuerUrl'],
};

function createEnvironmentSource(env: NodeJS.ProcessEnv): PolicySource {
  const values: Record<string, Record<string, unknown>> = {};
  for (const [variable, [section, key]] of Object.entries(ENV_OVERRIDES)) {
    const value = env[variable];
    if (value) (values[section] ??= {})[key] = value;
  }
  const source = createObjectSource('environment', values);
  const variableFor = (path: readonly string[]) => Object.entries(ENV_OVERRIDES).find(([, [section, key]]) => section === path[0] && key === path[1])?.[0];
  return { ...source, locate: (path) => `environment variable ${variableFor(path) ?? path.join('.')}` };
}

export interface LoadPolicyOptions extends Partial<PlatformSourceOptions> {
  /** Replaces every source (tests); default: the platform's sources, then the environment. */
  readonly sources?: readonly PolicySource[];
}

/** The settings in force with the source of each (`origins`); throws PolicyError naming every bad value and where it is set. */
export function loadPolicy(options: LoadPolicyOptions = {}): ResolvedPolicy {
  const env = options.env ?? process.env;
  const sources = options.sources ?? [...platformPolicySources({ ...options, platform: options.platform ?? process.platform, env }), createEnvironmentSource(env)];
  return resolvePolicy(sources);
}

/** Loads and validates the configuration; throws PolicyError with a readable message. */
export function loadConfig(options: LoadPolicyOptions = {}): Config {
  return loadPolicy(options).config;
}
