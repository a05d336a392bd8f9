/**
 * `npm start`: the sandbox payer backend plus the Electron app. Electron's binary and its better-sqlite3
 * build are fetched on first use; where that is impossible, it says so and points at start:browser.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildNativeForElectron } from './build-native-for-electron';
import { repoRoot, spawnListeningProcess } from './spawn-listening-process';

function fail(message: string): never {
  process.stderr.write(`\n${message}\nOn machines without Electron, run the same console in a browser: npm run start:browser\n`);
  process.exit(1);
}

const electronDir = join(repoRoot, 'node_modules', 'electron');
try {
  if (!existsSync(join(electronDir, 'path.txt'))) {
    const env = { ...process.env };
    delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
    execFileSync(process.execPath, [join(electronDir, 'install.js')], { cwd: electronDir, env, stdio: 'inherit' });
  }
} catch {
  fail('Electron could not be downloaded on this machine.');
}
try {
  buildNativeForElectron();
} catch {
  fail("better-sqlite3 could not be built for Electron (Electron's headers could not be downloaded).");
}
execFileSync(process.execPath, [join(repoRoot, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: repoRoot, stdio: 'inherit' });

const sandbox = await spawnListeningProcess('sandbox/cli.ts', ['serve', '--port', process.env.SANDBOX_PORT ?? '0'], { echoStderr: true });
const electronPath = (await import('electron')).default as unknown as string;
const processorUrl = process.env.REPCONSOLE_PROCESSOR_URL ?? sandbox.processorUrl;
const issuerUrl = process.env.REPCONSOLE_IDENTITY_ISSUER_URL ?? (typeof sandbox.announcement.issuerUrl === 'string' ? sandbox.announcement.issuerUrl : null);
const app = spawn(electronPath, ['.'], {
  cwd: repoRoot,
  stdio: 'inherit',
  env: {
    ...process.env,
    REPCONSOLE_BACKEND_URL: process.env.REPCONSOLE_BACKEND_URL ?? sandbox.url,
    ...(processorUrl ? { REPCONSOLE_PROCESSOR_URL: processorUrl } : {}),
    // Single sign-on through the sandbox's OpenID provider (an empty REPCONSOLE_IDENTITY_ISSUER_URL keeps the password form).
    ...(issuerUrl ? { REPCONSOLE_IDENTITY_ISSUER_URL: issuerUrl } : {}),
  },
});
app.on('exit', (code) => void sandbox.stop().then(() => process.exit(code ?? 0)));
