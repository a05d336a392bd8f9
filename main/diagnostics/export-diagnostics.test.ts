import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallsState } from '../../shared/calls/call-views';
import { createFileKeyStore } from '../cache/create-file-key-store';
import { createMemberCache } from '../cache/member-cache';
import { openCacheDatabase } from '../cache/open-cache-database';
import { cacheFilePath } from '../cache/read-cache-statistics';
import { buildMemberProfile } from '../cache/test-fixtures/build-member-profile';
import { createLogger, type Logger } from '../logging/create-logger';
import { ConfigSchema } from '../policy/config-schema';
import { openOperationStore } from '../store/open-operation-store';
import { createDiagnosticsHandlers } from './create-diagnostics-handlers';
import { describeRunningSoftphone } from './describe-softphone';
import { DIAGNOSTICS_README } from './diagnostics-readme';
import { findPhi, KNOWN_PHI, PHI_NEEDLES } from './testing/known-phi';
import { readArchive } from './testing/read-archive';

const P = KNOWN_PHI;
let root = '';
let userDataDir = '';
let logger: Logger;
let rawLog = '';
let archivePath = '';
let files: Record<string, string> = {};

/** The link as the call bar has it: paired, connected, with a pairing code on screen (a secret for its minutes). */
const CALLS: CallsState = {
  link: { state: 'connected', softphoneName: 'Acme Softphone', pairing: { code: '482913', expiresAt: '2026-05-04T15:05:00.000Z' }, ctiFeed: 'connecting', since: '2026-05-04T14:00:00.000Z' },
  call: null,
  agent: { state: 'available', awayReason: null, since: '2026-05-04T14:00:00.000Z' },
};

async function flush(): Promise<void> {
  await new Promise<void>((resolve, reject) => logger.flush((error) => (error ? reject(error) : resolve())));
}

/** Writes the member's PHI and card data into the logs every way a log line can carry it. */
function logEverything(): void {
  const member = { firstName: P.firstName, lastName: P.lastName, mbi: P.mbi, dateOfBirth: P.dateOfBirth, phone: P.phone, address: P.street, email: P.email };
  logger.info({ member, payment: { cardNumber: P.cardNumber, cvv: P.cvv, securityCode: P.cvv } }, 'structured fields the logger redacts');
  // Field names the logger does not know: only the archive's scrubber stands between these and support.
  logger.warn({ who: `${P.firstName} ${P.lastName}`, ident: P.mbiOnCard, born: P.dateOfBirth, tel: '(555) 201-4477', where: `${P.street}, ${P.city}, IL 62704`, card: P.cardSpaced, ssn2: P.ssn }, 'odd field names');
  logger.warn(`Could not open member ${P.firstName} ${P.lastName}, MBI ${P.mbiOnCard}, DOB 03/14/1951, phone (555) 201-4477, at ${P.street}, ${P.city}, IL 62704, ${P.email}`);
  logger.error(`${P.firstName} ${P.lastName} asked to pay with ${P.cardSpaced} cvv ${P.cvv}; SSN ${P.ssn}`);
  logger.error({ err: new Error(`Payment for ${P.cardNumber.replace(/(\d{4})(?=\d)/g, '$1-')} (CVV ${P.cvv}) by Okonkwo-Whitfield failed; callback 5552014477 or ${P.phone}; born 19510314; amex ${P.amexNumber}; mbi ${P.mbi.toLowerCase()}`) }, 'payment failed');
  logger.info({ callId: '0b9c5a3e-58f4-4a36-9a53-3d1f1c5e2a11', durationMs: 812 }, 'a harmless line support needs');
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'rep-console-diag-'));
  userDataDir = join(root, 'user-data');
  logger = await createLogger({ directory: join(userDataDir, 'logs'), level: 'debug' });
  // The member is in this desktop's cache, as anyone the logs mention would be.
  const key = createFileKeyStore({ filePath: join(userDataDir, 'cache', 'cache.key') }).loadOrCreateKey();
  const db = openCacheDatabase({ filePath: cacheFilePath(userDataDir) });
  const cache = createMemberCache({ db, key, ttlSeconds: 86_400, maxEntriesPerRep: 10, maxEntriesTotal: 10 });
  const base = buildMemberProfile();
  cache.put('rep1', { ...base, member: { ...base.member, firstName: P.firstName, lastName: P.lastName, mbi: P.mbi, dateOfBirth: P.dateOfBirth, phone: P.phone, address: { line1: P.street, line2: null, city: P.city, state: 'IL', zip: '62704' } } }, new Date());
  // Past the policy's 12-hour time-to-live: counted as expired.
  cache.put('rep2', buildMemberProfile({ seq: 1 }), new Date(Date.now() - 13 * 3600_000));
  db.close();
  const store = openOperationStore({ userDataDir, logger });
  store.store().begin('rep1', '7d8f0c1e-2b3a-4c5d-8e9f-0a1b2c3d4e5f', 'opt-in', { memberId: base.member.memberId, request: { planYear: 2026 } });
  store.store().begin('rep1', '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', 'opt-out', { memberId: base.member.memberId, request: { reason: 'voluntary' } });
  store.store().settle('rep1', '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', { status: 'completed', confirmationNumber: 'M3P-7Q4K-2C9D' });
  store.close();

  logEverything();
  await flush();
  const logDir = join(userDataDir, 'logs');
  rawLog = readdirSync(logDir).map((name) => readFileSync(join(logDir, name), 'utf8')).join('');

  const config = ConfigSchema.parse({ backend: { url: 'https://m3p.example-plan.com/api?apiKey=k-991' }, diagnostics: { destination: join(root, 'it-share') } });
  const handlers = createDiagnosticsHandlers({
    config,
    origins: { 'backend.url': 'Linux file /etc/rep-console/policy.json', 'diagnostics.destination': 'Linux file /etc/rep-console/policy.json' },
    userDataDir,
    host: 'web',
    appVersion: '9.8.7',
    logger,
    defaultDestination: join(root, 'downloads'),
    softphone: async () => describeRunningSoftphone(CALLS, 47615),
    cacheKey: () => key,
  });
  archivePath = (await handlers['diagnostics:export'](undefined)).path;
  files = readArchive(archivePath);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the diagnostics archive', () => {
  it('holds none of the PHI or card data written into the logs, in any form, while the raw log holds all of it', () => {
    // Positive control: the scan finds every needle in what the logger wrote to disk.
    expect(findPhi(rawLog)).toEqual(PHI_NEEDLES.map((needle) => needle.what));
    for (const [path, text] of Object.entries(files)) expect(findPhi(text), `${path} leaks`).toEqual([]);
  });

  it('holds each required part, and the logs and last errors are really in it', () => {
    expect(Object.keys(files).sort()).toEqual(
      ['README.txt', 'environment.json', 'last-errors.jsonl', 'manifest.json', 'policy.json', 'softphone.json', 'statistics.json', ...Object.keys(files).filter((path) => path.startsWith('logs/'))].sort(),
    );
    const logFiles = Object.keys(files).filter((path) => /^logs\/rep-console\.\d{4}-\d{2}-\d{2}\.\d+\.log$/.test(path));
    expect(logFiles.length).toBeGreaterThan(0);
    expect(files[logFiles[0]!]).toContain('a harmless line support needs');
    expect(files[logFiles[0]!]).toContain('0b9c5a3e-58f4-4a36-9a53-3d1f1c5e2a11');
    const lastErrors = files['last-errors.jsonl']!.trim().split('\n').map((line) => JSON.parse(line) as { level: number; msg: string });
    // The newest four are this test's (opening the store with a key file warns first).
    expect(lastErrors.slice(-4).map((line) => line.level)).toEqual([40, 40, 50, 50]);
    expect(lastErrors.at(-1)!.msg).toBe('payment failed');
    const environment = JSON.parse(files['environment.json']!) as Record<string, unknown>;
    expect(environment).toMatchObject({ trigger: 'palette', host: 'web', app: { product: 'Rep Console', version: '9.8.7' }, electron: 'web host (no Electron)', node: process.versions.node, os: { platform: process.platform, arch: process.arch } });
    // The scrubber leaves the archive's own words alone.
    expect(files['README.txt']).toBe(DIAGNOSTICS_README);
    const manifest = JSON.parse(files['manifest.json']!) as { files: { path: string }[]; scrubbed: Record<string, number> };
    expect(manifest.files.map((file) => file.path)).toEqual(expect.arrayContaining(['policy.json', ...logFiles]));
    expect(manifest.scrubbed.card).toBeGreaterThan(0);
  });

  it('is written where policy says, named by host and time, readable by this account only', () => {
    expect(archivePath.startsWith(join(root, 'it-share'))).toBe(true);
    expect(archivePath).toMatch(/rep-console-diagnostics-[A-Za-z0-9-]+-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.zip$/);
    if (process.platform !== 'win32') expect(statSync(archivePath).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(root, 'it-share')).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('shows each setting with its source and no secret, not even in a URL', () => {
    const policy = JSON.parse(files['policy.json']!) as { settings: { setting: string; value: unknown; source: string }[]; problem: string | null };
    const bySetting = new Map(policy.settings.map((entry) => [entry.setting, entry]));
    expect(bySetting.get('backend.url')).toEqual({ setting: 'backend.url', value: 'https://m3p.example-plan.com/api [query removed]', source: 'Linux file /etc/rep-console/policy.json' });
    expect(bySetting.get('cache.ttlSeconds')).toEqual({ setting: 'cache.ttlSeconds', value: 43_200, source: 'default' });
    expect(bySetting.get('updates.channel')?.value).toBe('stable');
    expect(policy.settings.length).toBe(Object.values(ConfigSchema.shape).reduce((sum, section) => sum + Object.keys((section as unknown as { unwrap(): { shape: object } }).unwrap().shape).length, 0));
    expect(files['policy.json']).not.toContain('k-991');
    expect(policy.problem).toBeNull();
  });

  it('gives cache and store statistics as counts and sizes, never contents', () => {
    const statistics = JSON.parse(files['statistics.json']!) as { cache: Record<string, unknown>; store: Record<string, unknown> };
    expect(statistics.cache).toMatchObject({ exists: true, entries: 2, profiles: 2, reps: 2, expiredEntries: 1, schemaVersion: 1, problem: null });
    expect(statistics.cache.fileBytes).toBeGreaterThan(0);
    expect(statistics.store).toMatchObject({ exists: true, operationsByStatus: { pending: 1, settled: 1 }, operationsByKind: { 'opt-in/pending': 1, 'opt-out/settled': 1 }, interactionDrafts: 0, problem: null });
    const text = files['statistics.json']!;
    for (const content of ['rep1', 'rep2', 'NSH400012345', 'M3P-7Q4K-2C9D', '7d8f0c1e', 'voluntary', 'Wilhelmina']) expect(text).not.toContain(content);
  });

  it('gives the softphone link state and the CTI feed, never the pairing code', () => {
    expect(JSON.parse(files['softphone.json']!)).toEqual({
      isRunning: true,
      link: { state: 'connected', isPaired: true, softphoneName: 'Acme Softphone', since: '2026-05-04T14:00:00.000Z', isPairingCodeShown: true, listeningPort: 47615 },
      ctiFeed: 'connecting',
      callPhase: null,
    });
    for (const text of Object.values(files)) expect(text).not.toContain('482913');
  });
});
