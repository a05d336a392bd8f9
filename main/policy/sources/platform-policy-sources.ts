/**
 * The policy sources each platform's management tools write, highest precedence first: machine
 * policy (registry HKLM, machine managed preferences, /etc/rep-console/policy.json), then user policy
 * (HKCU, the user's managed preferences), then the user's own `<userData>/settings.json`, then a
 * developer's REPCONSOLE_POLICY_FILE.
 */
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { createJsonFileSource } from './create-json-file-source';
import { createManagedPreferencesSource, managedPreferencesPath } from './create-managed-preferences-source';
import { createRegistrySource, type RegQueryResult } from './create-registry-source';
import type { PolicySource } from './policy-source';

/** Where Linux desktops get their machine policy (package managers and config management write it). */
export const LINUX_POLICY_PATH = '/etc/rep-console/policy.json';

export interface PlatformSourceOptions {
  readonly platform: NodeJS.Platform;
  readonly env: NodeJS.ProcessEnv;
  /** The per-user data folder; its settings.json is read when given. */
  readonly userDataDir?: string;
  /** Replaces the Linux machine file (tests); elsewhere an extra machine file below the platform's own. */
  readonly policyPath?: string;
  /** The macOS account whose managed preferences apply (default: the signed-in one). */
  readonly username?: string;
  /** Moves `/Library/Managed Preferences` (tests). */
  readonly managedPreferencesRoot?: string;
  readonly runRegQuery?: (args: readonly string[]) => RegQueryResult;
}

function currentUser(): string | undefined {
  try {
    return userInfo().username;
  } catch {
    return undefined; // no passwd entry (a container): no per-user managed preferences either
  }
}

/** Every source but the developer environment, highest precedence first. */
export function platformPolicySources(options: PlatformSourceOptions): PolicySource[] {
  const machine: PolicySource[] = [];
  const user: PolicySource[] = [];
  const { platform, env } = options;
  if (platform === 'win32') {
    const run = options.runRegQuery ? { run: options.runRegQuery } : {};
    machine.push(createRegistrySource({ hive: 'HKLM', env, ...run }));
    user.push(createRegistrySource({ hive: 'HKCU', env, ...run }));
  } else if (platform === 'darwin') {
    machine.push(createManagedPreferencesSource({ filePath: managedPreferencesPath(undefined, options.managedPreferencesRoot), platform }));
    const username = options.username ?? currentUser();
    if (username) user.push(createManagedPreferencesSource({ filePath: managedPreferencesPath(username, options.managedPreferencesRoot), platform }));
  }
  const machineFile = platform === 'win32' || platform === 'darwin' ? options.policyPath : (options.policyPath ?? LINUX_POLICY_PATH);
  if (machineFile) machine.push(createJsonFileSource({ filePath: machineFile }));
  const settingsPath = options.userDataDir === undefined ? undefined : join(options.userDataDir, 'settings.json');
  const settings = settingsPath ? [createJsonFileSource({ filePath: settingsPath, name: `user settings ${settingsPath}` })] : [];
  // The developer launchers' and tests' file: anyone can set the variable, so it ranks with the user's own settings, below every policy.
  const devFile = env.REPCONSOLE_POLICY_FILE;
  const dev = devFile && devFile !== machineFile ? [createJsonFileSource({ filePath: devFile, name: `policy file ${devFile} (REPCONSOLE_POLICY_FILE)` })] : [];
  return [...machine, ...user, ...settings, ...dev];
}
