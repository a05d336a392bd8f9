/**
 * Orders release versions the way electron-updater does (SemVer 2.0 precedence), so the console and
 * the installer it downloads agree on what "newer" means. Written here rather than importing `semver`,
 * which is only a transitive dependency (of electron-updater) and not ours to rely on.
 */

const VERSION = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$/;

interface ParsedVersion {
  readonly core: readonly [number, number, number];
  readonly prerelease: readonly string[];
}

function parse(version: string): ParsedVersion | null {
  const match = VERSION.exec(version.trim());
  if (!match) return null;
  const [, major, minor, patch, pre] = match;
  return { core: [Number(major), Number(minor), Number(patch)], prerelease: pre ? pre.split('.') : [] };
}

/** True for a version electron-updater can compare (1.4.2, 1.5.0-pilot.1). */
export function isValidVersion(version: string): boolean {
  return parse(version) !== null;
}

function compareIdentifiers(a: string, b: string): number {
  const aNumeric = /^\d+$/.test(a);
  const bNumeric = /^\d+$/.test(b);
  if (aNumeric && bNumeric) return Math.sign(Number(a) - Number(b));
  if (aNumeric !== bNumeric) return aNumeric ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** -1, 0 or 1 as `a` is older than, the same as, or newer than `b`; throws on a version that is not SemVer. */
export function compareVersions(a: string, b: string): -1 | 0 | 1 {
  const left = parse(a);
  const right = parse(b);
  if (!left || !right) throw new Error(`Not a version: ${left ? b : a}`);
  for (let i = 0; i < 3; i++) {
    const diff = Math.sign((left.core[i] ?? 0) - (right.core[i] ?? 0));
    if (diff !== 0) return diff as -1 | 1;
  }
  // A pre-release comes before its release (1.5.0-pilot.1 < 1.5.0).
  if (left.prerelease.length === 0 || right.prerelease.length === 0) {
    return left.prerelease.length === right.prerelease.length ? 0 : left.prerelease.length === 0 ? 1 : -1;
  }
  const length = Math.max(left.prerelease.length, right.prerelease.length);
  for (let i = 0; i < length; i++) {
    const x = left.prerelease[i];
    const y = right.prerelease[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const diff = compareIdentifiers(x, y);
    if (diff !== 0) return diff as -1 | 1;
  }
  return 0;
}
