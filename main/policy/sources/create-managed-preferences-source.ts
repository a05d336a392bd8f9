/**
 * macOS managed preferences: what a configuration profile (Jamf, Intune, any MDM) installs for the
 * domain com.repconsole.desktop, machine-wide in `/Library/Managed Preferences/com.repconsole.desktop.plist`
 * or per user in `/Library/Managed Preferences/<user>/…`. One flat key per setting, `<Section><Key>`
 * (`BackendUrl`), exactly as the .mobileconfig template's payload writes them.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type PlistValue } from 'plist';
import { listSettings, PREFERENCE_DOMAIN } from '../list-settings';
import { PolicyError } from '../policy-error';
import type { PolicySource } from './policy-source';

/** The machine-wide file, or a user's when `user` is given (`root` moves the folder for tests). */
export function managedPreferencesPath(user?: string, root = '/Library/Managed Preferences'): string {
  return user === undefined ? join(root, `${PREFERENCE_DOMAIN}.plist`) : join(root, user, `${PREFERENCE_DOMAIN}.plist`);
}

/** macOS's own converter, for a binary plist the plist package cannot read. */
function plutilToXml(filePath: string): string {
  return execFileSync('/usr/bin/plutil', ['-convert', 'xml1', '-o', '-', filePath], { encoding: 'utf8', timeout: 15_000 });
}

function parsePlist(bytes: Buffer, filePath: string, name: string, options: { platform: NodeJS.Platform; convertBinary: (filePath: string) => string }): PlistValue {
  const isBinary = bytes.subarray(0, 6).toString('latin1') === 'bplist';
  try {
    return parse(isBinary ? new Uint8Array(bytes) : bytes.toString('utf8'));
  } catch (error) {
    if (isBinary && options.platform === 'darwin') {
      try {
        return parse(options.convertBinary(filePath));
      } catch (converted) {
        throw new PolicyError(`${name} is not a readable property list: ${(converted as Error).message}`);
      }
    }
    throw new PolicyError(`${name} is not a readable property list: ${(error as Error).message}`);
  }
}

/** Reads one managed preferences file; `convertBinary` (plutil on macOS) is injectable for tests. */
export function createManagedPreferencesSource(options: { filePath: string; name?: string; platform?: NodeJS.Platform; convertBinary?: (filePath: string) => string }): PolicySource {
  const name = options.name ?? `macOS managed preferences ${options.filePath}`;
  return {
    name,
    locate(path) {
      const setting = listSettings().find((candidate) => candidate.section === path[0] && candidate.key === path[1]);
      return setting ? `${name}: ${setting.policyName}` : name;
    },
    read(warn) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(options.filePath);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw new PolicyError(`${name} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
      }
      const dict = parsePlist(bytes, options.filePath, name, { platform: options.platform ?? process.platform, convertBinary: options.convertBinary ?? plutilToXml });
      if (typeof dict !== 'object' || dict === null || Array.isArray(dict) || dict instanceof Date || dict instanceof Uint8Array) {
        throw new PolicyError(`${name} must hold a dictionary of settings (keys such as BackendUrl).`);
      }
      const values: Record<string, Record<string, unknown>> = {};
      for (const [key, value] of Object.entries(dict)) {
        if (key.startsWith('Payload')) continue; // profile bookkeeping, never a setting
        const setting = listSettings().find((candidate) => candidate.policyName.toLowerCase() === key.toLowerCase());
        if (!setting) {
          warn(`${key} is not a setting this version knows; ignored`);
          continue;
        }
        // A plist has no null: an empty string means "none" for a setting that may be none.
        (values[setting.section] ??= {})[setting.key] = value === '' && setting.isNullable ? null : value;
      }
      return Object.keys(values).length === 0 ? null : values;
    },
  };
}
