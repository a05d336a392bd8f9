/**
 * Builds better-sqlite3 against Electron's headers into .native/electron/, leaving node_modules' Node
 * build alone, so `npm test` and `npm start` both work on one checkout in either order (docs/adr/0003).
 * Needs Electron's headers from the network: run it where Electron itself can be downloaded.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './spawn-listening-process';

/** Builds (or reuses) the Electron-ABI binary; returns its path. */
export function buildNativeForElectron(): string {
  const electronVersion = (JSON.parse(readFileSync(join(repoRoot, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
  const sqliteVersion = (JSON.parse(readFileSync(join(repoRoot, 'node_modules/better-sqlite3/package.json'), 'utf8')) as { version: string }).version;
  const outDir = join(repoRoot, '.native', 'electron');
  const stampPath = join(outDir, 'built-for.txt');
  const stamp = `electron ${electronVersion} better-sqlite3 ${sqliteVersion}`;
  const binary = join(outDir, 'better_sqlite3.node');
  if (existsSync(binary) && existsSync(stampPath) && readFileSync(stampPath, 'utf8') === stamp) return binary;

  const work = join(repoRoot, '.native', 'work');
  rmSync(work, { recursive: true, force: true });
  cpSync(join(repoRoot, 'node_modules/better-sqlite3'), work, { recursive: true, filter: (src) => !src.includes(`${'build'}/Release/obj`) });
  const env = { ...process.env };
  // npm's nodedir=/usr points node-gyp at Node's headers; Electron needs its own.
  delete env.npm_config_nodedir;
  delete env.NPM_CONFIG_NODEDIR;
  execFileSync(
    process.execPath,
    [join(repoRoot, 'node_modules/node-gyp/bin/node-gyp.js'), 'rebuild', '--release', `--target=${electronVersion}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'],
    { cwd: work, env, stdio: 'inherit' },
  );
  mkdirSync(outDir, { recursive: true });
  cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), binary);
  writeFileSync(stampPath, stamp);
  rmSync(work, { recursive: true, force: true });
  return binary;
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(`${buildNativeForElectron()}\n`);
