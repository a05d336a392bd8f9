/**
 * The one list of what the console writes in a rep's profile: the uninstallers (build/installer.nsh,
 * build/linux/after-remove.sh, build/installer-mac/uninstall-rep-console.sh) delete exactly these, and
 * a test fails when one of them drifts from it. Each entry is `<folder>/<name>`, where a trailing `*`
 * matches any ending (`-wal`, `-shm`, a moved-aside copy, a key's temporary or sealed variant).
 */

/** Under the per-user data folder (Electron's userData: `%APPDATA%\Rep Console`, `~/.config/Rep Console`, `~/Library/Application Support/Rep Console`). */
export const USER_DATA_PATTERNS = [
  // The member cache (main/services/open-member-cache.ts), its WAL and SHM, and copies moved aside (main/cache/move-database-aside.ts).
  'cache/member-cache.sqlite*',
  // Its key: a private file (web host), OS-sealed (Electron), the sealed store's plain fallback, a key being written.
  'cache/cache.key*',
  // The durable store: pending rep actions, interactions, the outbox (main/store/open-operation-store.ts), and its key.
  'store/console-store.sqlite*',
  'store/store.key*',
  // The paired softphone's link token, sealed (main/softphone/compose-calls.ts).
  'softphone/pairing.bin*',
  // The remembered single sign-on (refresh and ID token), sealed (main/session/create-sign-in-vault.ts).
  'session/sign-in.bin*',
  // Whether the console was locked (main/session/idle-lock-marker.ts), sealed, so a restart comes back locked.
  'session/idle-lock.bin*',
  // Logs where Linux, Windows and the web host keep them (main/logging/create-logger.ts).
  'logs/rep-console.*',
  // Diagnostics archives the web host writes when policy names no destination.
  'diagnostics/rep-console-diagnostics-*',
] as const;

/** In Electron's own logs folder where it is not under userData (macOS: `~/Library/Logs/Rep Console`). */
export const LOG_FOLDER_PATTERNS = ['rep-console.*'] as const;

/** A pattern split into its folder and name test. */
export interface UserDataPattern {
  readonly folder: string;
  matches(name: string): boolean;
}

/** Parses `<folder>/<name>[*]` (or a bare `<name>[*]`, folder ''). */
export function parsePattern(pattern: string): UserDataPattern {
  const slash = pattern.lastIndexOf('/');
  const folder = slash < 0 ? '' : pattern.slice(0, slash);
  const name = pattern.slice(slash + 1);
  const isPrefix = name.endsWith('*');
  const stem = isPrefix ? name.slice(0, -1) : name;
  return { folder, matches: (candidate) => (isPrefix ? candidate.startsWith(stem) : candidate === stem) };
}
