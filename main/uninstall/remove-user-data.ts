/**
 * Deletes this rep's member cache, durable store, keys, softphone token, remembered sign-in and logs
 * (PHI must not outlive the console on a shared workstation) and nothing else: other files in the
 * folder stay, no symbolic link or junction is followed, and nothing outside the folders is touched.
 */
import { lstatSync, readdirSync, rmdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { LOG_FOLDER_PATTERNS, parsePattern, USER_DATA_PATTERNS } from './user-data-files';

export interface RemoveUserDataOptions {
  /** Electron's userData (`app.getPath('userData')`). */
  readonly userDataDir: string;
  /** Electron's logs folder when it is elsewhere (macOS); its rep-console.* files go too. */
  readonly logsDir?: string;
}

/** What was deleted and what was left alone, with why. */
export interface RemovalReport {
  readonly removed: string[];
  readonly skipped: { readonly path: string; readonly reason: string }[];
}

type Kind = 'missing' | 'link' | 'folder' | 'file';

function kindOf(path: string): Kind {
  try {
    const stat = lstatSync(path);
    // Node reports a Windows junction as a symbolic link too.
    return stat.isSymbolicLink() ? 'link' : stat.isDirectory() ? 'folder' : 'file';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
}

function removeMatching(root: string, patterns: readonly string[], report: RemovalReport): void {
  const rootKind = kindOf(root);
  if (rootKind === 'missing') return;
  if (rootKind !== 'folder') return void report.skipped.push({ path: root, reason: `is a ${rootKind === 'link' ? 'symbolic link' : 'file'}, not the console's folder: nothing was removed through it` });
  const byFolder = new Map<string, ((name: string) => boolean)[]>();
  for (const pattern of patterns.map(parsePattern)) byFolder.set(pattern.folder, [...(byFolder.get(pattern.folder) ?? []), pattern.matches]);
  const folders: string[] = [];
  for (const [relative, tests] of byFolder) {
    const folder = relative === '' ? root : join(root, relative);
    const folderKind = kindOf(folder);
    if (folderKind === 'missing') continue;
    if (folderKind !== 'folder') {
      report.skipped.push({ path: folder, reason: `is a ${folderKind === 'link' ? 'symbolic link' : 'file'}: nothing was removed through it` });
      continue;
    }
    folders.push(folder);
    for (const name of readdirSync(folder).filter((candidate) => tests.some((test) => test(candidate)))) {
      const path = join(folder, name);
      // unlink removes a link itself, never what it points to; a folder by one of our names is not ours.
      if (kindOf(path) === 'folder') report.skipped.push({ path, reason: 'is a folder, not a file the console writes' });
      else {
        unlinkSync(path);
        report.removed.push(path);
      }
    }
  }
  for (const folder of [...folders.filter((f) => f !== root), root]) {
    try {
      rmdirSync(folder); // only when empty: anything else in it stays
    } catch {
      // Not empty, or already gone.
    }
  }
}

/** Removes the console's per-user data; returns the report (nothing throws for a file already gone). */
export function removeUserData(options: RemoveUserDataOptions): RemovalReport {
  const report: RemovalReport = { removed: [], skipped: [] };
  removeMatching(options.userDataDir, USER_DATA_PATTERNS, report);
  if (options.logsDir !== undefined && options.logsDir !== join(options.userDataDir, 'logs')) removeMatching(options.logsDir, LOG_FOLDER_PATTERNS, report);
  return report;
}
