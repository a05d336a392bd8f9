/**
 * Windows Group Policy: `HKLM\Software\Policies\RepConsole` (machine) or the same path under HKCU
 * (user), one subkey per section and one value per setting, exactly as RepConsole.admx writes them
 * (`…\RepConsole\Backend` value `Url`). Read with reg.exe, so no native module is needed.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { listSettings, REGISTRY_POLICY_KEY, type PolicySetting } from '../list-settings';
import { PolicyError } from '../policy-error';
import { parseRegQuery, type RegistryValue } from './parse-reg-query';
import type { PolicySource } from './policy-source';

/** What running reg.exe gave: exit status 1 means the key does not exist. */
export interface RegQueryResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const HIVES = { HKLM: 'HKEY_LOCAL_MACHINE', HKCU: 'HKEY_CURRENT_USER' } as const;

/** Runs the system's reg.exe by full path (a reg.exe earlier on PATH must not answer for it). */
function runRegExe(args: readonly string[]): RegQueryResult {
  const regExe = join(process.env.SystemRoot ?? 'C:\\Windows', 'System32', 'reg.exe');
  const result = spawnSync(regExe, args, { encoding: 'utf8', windowsHide: true, timeout: 15_000 });
  if (result.error) throw new PolicyError(`The Windows registry policy cannot be read: ${regExe} failed (${result.error.message}).`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const TYPE_HINT: Record<PolicySetting['kind'], [types: readonly string[], hint: string]> = {
  string: [['REG_SZ', 'REG_EXPAND_SZ'], 'REG_SZ (text)'],
  url: [['REG_SZ', 'REG_EXPAND_SZ'], 'REG_SZ (text)'],
  enum: [['REG_SZ', 'REG_EXPAND_SZ'], 'REG_SZ (text)'],
  integer: [['REG_DWORD', 'REG_QWORD'], 'REG_DWORD (a whole number)'],
  boolean: [['REG_DWORD'], 'REG_DWORD (1 on, 0 off)'],
  stringList: [['REG_MULTI_SZ'], 'REG_MULTI_SZ (one entry per line)'],
};

function expand(text: string, env: NodeJS.ProcessEnv): string {
  const byName = new Map(Object.entries(env).map(([name, value]) => [name.toUpperCase(), value]));
  return text.replace(/%([^%]+)%/g, (whole, name: string) => byName.get(name.toUpperCase()) ?? whole);
}

function convert(setting: PolicySetting, value: RegistryValue, env: NodeJS.ProcessEnv): { value: unknown } | { problem: string } {
  const [types, hint] = TYPE_HINT[setting.kind];
  if (!types.includes(value.type)) return { problem: `${setting.path} must be a ${hint}, not ${value.type}` };
  if (setting.kind === 'stringList') return { value: value.data === '' ? [] : value.data.split('\\0').filter((entry) => entry !== '') };
  if (setting.kind === 'integer' || setting.kind === 'boolean') {
    const number = Number.parseInt(value.data, 16);
    if (setting.kind === 'integer') return { value: number };
    return number === 0 || number === 1 ? { value: number === 1 } : { problem: `${setting.path} must be 1 (on) or 0 (off), not ${number}` };
  }
  const text = value.type === 'REG_EXPAND_SZ' ? expand(value.data, env) : value.data;
  // A REG_SZ cannot be null: empty means "none" for a setting that may be none (e.g. no pinned version).
  return { value: text === '' && setting.isNullable ? null : text };
}

/** The machine (HKLM) or user (HKCU) policy key; `run` is injectable so tests feed real reg.exe output. */
export function createRegistrySource(options: { hive: keyof typeof HIVES; run?: (args: readonly string[]) => RegQueryResult; env?: NodeJS.ProcessEnv }): PolicySource {
  const name = `Windows registry ${options.hive}\\${REGISTRY_POLICY_KEY}`;
  const root = `${HIVES[options.hive]}\\${REGISTRY_POLICY_KEY}`.toLowerCase();
  const sectionName = (section: string) => listSettings().find((setting) => setting.section === section)?.sectionName ?? section;
  return {
    name,
    locate(path) {
      const setting = listSettings().find((candidate) => candidate.section === path[0] && candidate.key === path[1]);
      if (setting) return `${name}\\${setting.sectionName}: ${setting.registryValue}`;
      return path[0] === undefined ? name : `${name}\\${sectionName(path[0])}${path[1] === undefined ? '' : `: ${path[1]}`}`;
    },
    read(warn) {
      const result = (options.run ?? runRegExe)(['query', `${options.hive}\\${REGISTRY_POLICY_KEY}`, '/s']);
      if (result.status === 1) return null;
      if (result.status !== 0) throw new PolicyError(`${name} cannot be read (reg.exe exit ${result.status}): ${result.stderr.trim()}`);
      const values: Record<string, Record<string, unknown>> = {};
      const problems: string[] = [];
      for (const [key, entries] of parseRegQuery(result.stdout)) {
        const subkey = key.toLowerCase().startsWith(root) ? key.slice(root.length + 1) : key;
        for (const entry of entries) {
          const setting = listSettings().find((candidate) => candidate.registryKey.toLowerCase() === `${REGISTRY_POLICY_KEY}\\${subkey}`.toLowerCase() && candidate.registryValue.toLowerCase() === entry.name.toLowerCase());
          if (!setting) {
            warn(`${subkey || '(the RepConsole key itself)'}: ${entry.name} is not a setting this version knows; ignored`);
            continue;
          }
          const converted = convert(setting, entry, options.env ?? process.env);
          if ('problem' in converted) problems.push(`${name}\\${subkey}: ${entry.name}: ${converted.problem}`);
          else (values[setting.section] ??= {})[setting.key] = converted.value;
        }
      }
      if (problems.length > 0) throw new PolicyError(problems.join('\n- '));
      return Object.keys(values).length === 0 ? null : values;
    },
  };
}
