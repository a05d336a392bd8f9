/**
 * PCI DSS on disk: a rep adds a card and pays with it in Chromium, then every file the console, the
 * browser and the sandbox backend wrote is scanned for the card number (as typed, with spaces, and as
 * digits) and the security code. None may be found. Positive controls prove the scan looks where the
 * data would be: the last four is found in the sandbox database, markers written to localStorage and
 * IndexedDB are found in the browser profile, and the console's own log and store are read.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, createWriteStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from '@playwright/test';
import { repoRoot } from '../scripts/spawn-listening-process';
import { expect, test } from './fixtures';
import { ConsolePage } from './pages/console-page';
import { paymentMethodsFor, paymentsFor } from './sandbox-db';

// An American Express number used nowhere else (Luhn-valid; the stand-in approves it) and a 4-digit code.
const CARD = { number: '3782 915037 44269', expiry: '07/31', securityCode: '6937', postalCode: '62701', makeDefault: true };
const DIGITS = CARD.number.replace(/\s/g, '');
const CONTROL = { local: 'PCI-SCAN-CONTROL-LOCALSTORAGE', indexedDb: 'PCI-SCAN-CONTROL-INDEXEDDB' };

/** Every file under `dir`, however deep. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : statSync(path).isFile() ? [path] : [];
  });
}

/** The files that hold `text` as ASCII/UTF-8 or as UTF-16LE (how Chromium keeps some strings). */
function filesHolding(files: readonly string[], text: string): string[] {
  const needles = [Buffer.from(text, 'latin1'), Buffer.from(text, 'utf16le')];
  return files.filter((file) => {
    const bytes = readFileSync(file);
    return needles.some((needle) => bytes.includes(needle));
  });
}

/**
 * Files holding the security code as a stored value: a JSON string, or within 64 bytes after a field
 * named like one. A bare 4-digit run turns up by chance in binary files and timestamps, so it alone
 * proves nothing either way.
 */
function filesHoldingCode(files: readonly string[], code: string): string[] {
  const pattern = new RegExp(`"${code}"|(securityCode|security_code|cvv|cvc|cid)[\\s\\S]{0,64}${code}`, 'i');
  return files.filter((file) => {
    const bytes = readFileSync(file);
    return pattern.test(bytes.toString('latin1')) || pattern.test(bytes.toString('utf16le'));
  });
}

/** Starts `entry` under tsx with all its output in `logFile`; resolves with its announced URLs once it listens. */
function startLogged(entry: string, args: string[], logFile: string, env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, [join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), entry, ...args], { cwd: repoRoot, env: { ...process.env, REPCONSOLE_EXIT_WITH_PARENT: '1', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  const log = createWriteStream(logFile);
  child.stderr.pipe(log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const listening = new Promise<Record<string, string>>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${entry} exited (${code}) before listening; see ${logFile}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      log.write(`${line}\n`);
      if (line.includes('"listening"')) resolve(JSON.parse(line) as Record<string, string>);
    });
  });
  return {
    listening,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      await new Promise<void>((resolve) => log.end(() => resolve()));
    },
  };
}

test('no card number or security code is kept by the console, the browser or the backend after a card is added and charged', async ({ sandbox }) => {
  test.setTimeout(180_000);
  const memberId = sandbox.scenarios.withBalanceDue[4]!;
  const root = mkdtempSync(join(tmpdir(), 'e2e-pci-'));
  const dirs = { backend: join(root, 'backend'), userData: join(root, 'user-data'), profile: join(root, 'browser-profile') };
  Object.values(dirs).forEach((dir) => mkdirSync(dir, { recursive: true }));
  // A backend of this test's own, on a copy of the worker's database, with every line it prints kept.
  const dbPath = join(dirs.backend, 'sandbox.sqlite');
  copyFileSync(sandbox.dbPath, dbPath);
  const backend = startLogged('sandbox/cli.ts', ['serve', '--db', dbPath], join(dirs.backend, 'sandbox.log'));
  const { url, processorUrl } = await backend.listening;
  const host = startLogged('main/hosts/web-host-cli.ts', ['--user-data', dirs.userData], join(dirs.userData, 'host-output.log'), {
    REPCONSOLE_BACKEND_URL: url,
    REPCONSOLE_PROCESSOR_URL: processorUrl,
    REPCONSOLE_POLICY_FILE: join(root, 'no-policy.json'),
  });
  const { url: launchUrl } = await host.listening;
  // A persistent profile: Chromium keeps localStorage, sessionStorage, IndexedDB and its cache in this folder.
  const context = await chromium.launchPersistentContext(dirs.profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1440, height: 900 },
  });
  try {
    const app = new ConsolePage(context.pages()[0] ?? (await context.newPage()), () => host.stop());
    await app.open(launchUrl!);
    await app.page.evaluate(async (control) => {
      localStorage.setItem('pci-scan-control', control.local);
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('pci-scan-control', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('control');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const tx = request.result.transaction('control', 'readwrite');
          tx.objectStore('control').put(control.indexedDb, 'marker');
          tx.oncomplete = () => resolve();
        };
      });
    }, CONTROL);
    await app.signIn();
    await app.openMemberById(memberId);

    await app.page.keyboard.press('Alt+y');
    const dialog = app.dialog('Add a payment method');
    await app.typeNewCard(dialog.getByRole('form', { name: 'New payment method' }), CARD);
    await app.page.keyboard.press('Enter');
    await expect(dialog.getByRole('status')).toContainText('American Express •••• 4269 exp 07/31 as the default method');
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.press('Alt+p');
    const flow = app.dialog('Take a payment');
    await expect(flow.getByRole('heading', { name: 'Step 1 of 4: Amount' })).toBeVisible();
    await app.page.keyboard.press('Enter');
    await expect(flow.getByRole('radio', { name: /American Express •••• 4269/ })).toBeChecked();
    await app.page.keyboard.press('Enter');
    await expect(flow.getByRole('button', { name: 'Take payment' })).toBeFocused();
    await app.page.keyboard.press('Enter');
    await app.confirmationIn(flow, /Payment taken\. Confirmation number/);
    const card = paymentMethodsFor(dbPath, memberId).find((m) => m.last4 === '4269');
    expect(card).toMatchObject({ brand: 'American Express', token: expect.stringMatching(/^tok_/) });
    expect(paymentsFor(dbPath, memberId).at(-1)).toMatchObject({ method_id: card!.id, status: 'posted' });
  } finally {
    await context.close();
    await host.stop();
    await backend.stop();
  }

  const files = { backend: filesUnder(dirs.backend), userData: filesUnder(dirs.userData), profile: filesUnder(dirs.profile) };
  const everything = [...files.backend, ...files.userData, ...files.profile];
  // The scan would find the data if it were there.
  expect(files.backend.some((file) => file.endsWith('sandbox.sqlite'))).toBe(true);
  expect(filesHolding(files.backend, '4269').length).toBeGreaterThan(0);
  expect(filesHolding(files.profile, CONTROL.local).length, 'localStorage marker in the profile').toBeGreaterThan(0);
  expect(filesHolding(files.profile, CONTROL.indexedDb).length, 'IndexedDB marker in the profile').toBeGreaterThan(0);
  expect(filesHolding(files.userData, 'payment method tokenised').length, "the console's log is read").toBeGreaterThan(0);
  expect(files.userData.some((file) => /console-store\.sqlite/.test(file)), "the console's durable store is read").toBe(true);
  // And it is not there.
  expect(filesHolding(everything, DIGITS), 'the card number as digits').toEqual([]);
  expect(filesHolding(everything, CARD.number), 'the card number as typed').toEqual([]);
  expect(filesHolding(everything, '3782 9150 3744 269'), 'the card number in fours').toEqual([]);
  expect(filesHoldingCode(everything, CARD.securityCode), 'the security code').toEqual([]);
  rmSync(root, { recursive: true, force: true });
});
