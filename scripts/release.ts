/**
 * `npm run release -- --platform linux|win|mac [--unsigned]`: the signed installers for one OS, in dist/.
 * Builds better-sqlite3 for Electron's ABI apart (.native/electron, docs/adr/0003), the Electron bundle
 * (`npm run build:electron`), then electron-builder with `--publish never` (IT copies dist/ to its feed).
 * Needs Electron's binary and headers, so it runs only where Electron can be downloaded; elsewhere (this
 * project's CI) it stops at once and says why. Signing material comes from the environment only.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildNativeForElectron } from './build-native-for-electron';
import { repoRoot } from './spawn-listening-process';

const PLATFORMS = { linux: '--linux', win: '--win', mac: '--mac' } as const;
type Platform = keyof typeof PLATFORMS;

/** What must be set to sign (and notarise) for each OS; any one alternative suffices. */
const SIGNING: Record<Platform, { readonly label: string; readonly anyOf: readonly (readonly string[])[] }[]> = {
  win: [{ label: 'the Authenticode certificate', anyOf: [['WIN_CSC_LINK', 'WIN_CSC_KEY_PASSWORD'], ['CSC_LINK', 'CSC_KEY_PASSWORD']] }],
  mac: [
    { label: 'the Developer ID Application certificate', anyOf: [['CSC_LINK', 'CSC_KEY_PASSWORD']] },
    { label: 'notarisation credentials', anyOf: [['APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER'], ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'], ['APPLE_KEYCHAIN_PROFILE']] },
  ],
  linux: [],
};

function fail(message: string, code = 1): never {
  process.stderr.write(`release: ${message}\n`);
  process.exit(code);
}

function parseArgs(argv: readonly string[]): { platform: Platform; isUnsigned: boolean } {
  const at = argv.indexOf('--platform');
  const platform = at >= 0 ? argv[at + 1] : undefined;
  if (!platform || !(platform in PLATFORMS)) fail('usage: npm run release -- --platform linux|win|mac [--unsigned]', 2);
  return { platform: platform as Platform, isUnsigned: argv.includes('--unsigned') };
}

const { platform, isUnsigned } = parseArgs(process.argv.slice(2));

if (!existsSync(join(repoRoot, 'node_modules/electron/path.txt'))) {
  fail(
    "Electron's binary is not on this machine (node_modules/electron/path.txt is missing), so nothing can be packaged here. " +
      'Release from a machine that can download Electron: `node node_modules/electron/install.js`, then run this again. ' +
      "(This project's CI validates electron-builder.yml against electron-builder's schema instead.)",
  );
}
if (!isUnsigned) {
  const missing = SIGNING[platform].filter(({ anyOf }) => !anyOf.some((names) => names.every((name) => (process.env[name] ?? '') !== '')));
  if (missing.length > 0) {
    const needs = missing.map(({ label, anyOf }) => `${label} (${anyOf.map((names) => names.join(' + ')).join(', or ')})`).join('; ');
    fail(`${platform} installers are signed from the release environment, and it lacks ${needs}. Pass --unsigned for a test build that must never reach a rep's desktop.`);
  }
}

const run = (file: string, args: readonly string[]) => execFileSync(file, args, { cwd: repoRoot, stdio: 'inherit' });
try {
  process.stdout.write(`release: better-sqlite3 for Electron → ${buildNativeForElectron()}\n`);
} catch (error) {
  fail(`better-sqlite3 could not be built for Electron (its headers download from electronjs.org): ${error instanceof Error ? error.message : String(error)}`);
}
run(process.execPath, [join(repoRoot, 'node_modules/electron-vite/bin/electron-vite.js'), 'build']);
// Signed releases refuse to finish unsigned (Linux packages are not code-signed).
const signing = platform === 'linux' ? [] : [`-c.forceCodeSigning=${isUnsigned ? 'false' : 'true'}`];
run(process.execPath, [join(repoRoot, 'node_modules/electron-builder/cli.js'), PLATFORMS[platform], '--publish', 'never', ...signing]);

// A stable release is also the pilot group's newest: pilot*.yml gets the same content (a pilot build,
// 1.5.0-pilot.1, writes only pilot*.yml itself).
const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
const dist = join(repoRoot, 'dist');
if (!version.includes('-')) {
  for (const name of readdirSync(dist).filter((file) => /^latest(-mac|-linux[-\w]*)?\.yml$/.test(file))) copyFileSync(join(dist, name), join(dist, name.replace(/^latest/, 'pilot')));
}
process.stdout.write(`release: ${version} for ${platform} in dist/:\n${readdirSync(dist).filter((file) => !file.endsWith('-unpacked') && file !== 'builder-debug.yml').map((file) => `  ${file}`).join('\n')}\n`);
