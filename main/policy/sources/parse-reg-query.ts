/**
 * Parses what `reg.exe query <key> /s` prints: a line per key (`HKEY_LOCAL_MACHINE\…`), then one
 * indented line per value, `    <name>    <REG_TYPE>    <data>`, four spaces apart.
 *
 * REG_DWORD and REG_QWORD print as hex (`0x1f40`); REG_MULTI_SZ prints its strings joined by the two
 * characters `\0`; an empty REG_SZ prints nothing after its type.
 */

/** One registry value as reg.exe shows it. */
export interface RegistryValue {
  readonly name: string;
  readonly type: string;
  readonly data: string;
}

const KEY_LINE = /^HKEY_[A-Z_]+(\\.*)?$/;
const VALUE_LINE = /^ {4}(.+?) {4}(REG_[A-Z0-9_]+)(?: {4}(.*))?$/;

/** The values under each key, keyed by the full key path as printed. */
export function parseRegQuery(output: string): Map<string, RegistryValue[]> {
  const keys = new Map<string, RegistryValue[]>();
  let current: RegistryValue[] | undefined;
  for (const line of output.split(/\r?\n/)) {
    if (KEY_LINE.test(line)) {
      current = keys.get(line) ?? [];
      keys.set(line, current);
      continue;
    }
    const value = VALUE_LINE.exec(line);
    if (value && current) current.push({ name: value[1] ?? '', type: value[2] ?? '', data: value[3] ?? '' });
  }
  return keys;
}
