/** The release script stops at once, with the reason, where it cannot package (this CI has no Electron binary). */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const release = (...args: string[]) => {
  const env = { ...process.env };
  for (const name of ['CSC_LINK', 'CSC_KEY_PASSWORD', 'WIN_CSC_LINK', 'WIN_CSC_KEY_PASSWORD', 'APPLE_ID', 'APPLE_API_KEY', 'APPLE_KEYCHAIN_PROFILE']) delete env[name];
  return spawnSync(process.execPath, [`${root}node_modules/tsx/dist/cli.mjs`, 'scripts/release.ts', ...args], { cwd: root, encoding: 'utf8', env, timeout: 60_000 });
};

describe('npm run release', () => {
  it.skipIf(existsSync(`${root}node_modules/electron/path.txt`))('fails clearly, before building anything, where Electron cannot be had', () => {
    const result = release('--platform', 'linux');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Electron's binary is not on this machine");
    expect(existsSync(`${root}.native/work`)).toBe(false);
  });
});
