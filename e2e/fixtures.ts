/**
 * Test fixtures: one sandbox backend per worker (seeded once), and for each test a fresh web host with
 * its own cache folder, opened in a fresh browser context of Debian's Chromium.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { repoRoot, spawnListeningProcess, type ListeningProcess } from '../scripts/spawn-listening-process';
import { ConsolePage } from './pages/console-page';

export interface SampleMember {
  clientId: string;
  clientName: string;
  name: string;
  dateOfBirth: string;
  mbi: string;
  memberId: string;
  phone: string;
  participationStatus: string;
}

/** Member IDs per situation (sandbox/database/find-sample-members.ts): five each, one per test that changes them. */
export interface Scenarios {
  eligible: string[];
  active: string[];
  activeOtherClient: string[];
  noPartD: string[];
  precluded: string[];
  withRepresentative: string[];
  notAssignedToRep2: string[];
  /** Payments: a bill due now and a default saved card. */
  withBalanceDue: string[];
  /** An overpayment below the client's refund-approval threshold. */
  withOverpayment: string[];
  /** An overpayment above the threshold: a refund of it waits for a team lead. */
  withLargeOverpayment: string[];
  /** Enrolled in autopay. */
  withAutopay: string[];
  /** Households: a phone (E.164) shared by exactly two members (spouses: one client, one address). */
  sharedPhone: { phone: string; memberIds: [string, string] }[];
  /** Members whose phone no other member has. */
  uniquePhone: string[];
}

interface SandboxInfo {
  url: string;
  /** The sandbox's payment processor stand-in, on its own port: where the console sends card digits. */
  processorUrl: string;
  /** The sandbox's generic CTI webhook (`/v1/cti/sandbox-pbx`): post newCall/answer/hangup here to pop a rep's console. */
  ctiWebhookUrl: string;
  /** The sandbox's OpenID provider: a test signs in by single sign-on with `launchConsole(url, { policy: { identity: { issuerUrl } } })`. */
  issuerUrl: string;
  /** This worker's own copy of the seeded database: tests change it (opt-ins), the seeded file stays pristine. */
  dbPath: string;
  samples: SampleMember[];
  scenarios: Scenarios;
}

/** How a test's console differs from the default one. */
export interface LaunchOptions {
  /** The machine policy the web host reads (the same JSON IT deploys), e.g. `{ session: { idleLockSeconds: 5 } }`. */
  readonly policy?: Record<string, unknown>;
}

const DB_PATH = join(repoRoot, '.sandbox-data', 'e2e-5000-1.sqlite');

function readSamples(dbPath: string): { members: SampleMember[]; scenarios: Scenarios } {
  const tsx = join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
  const out = execFileSync(process.execPath, [tsx, 'sandbox/cli.ts', 'samples', '--db', dbPath], { cwd: repoRoot, encoding: 'utf8' });
  return JSON.parse(out) as { members: SampleMember[]; scenarios: Scenarios };
}

export const test = base.extend<
  {
    /**
     * Opens a console (sign-in screen) on a new web host pointed at `backendUrl` (default: the worker's
     * sandbox); `options.policy` is written as IT's machine policy file first (e.g. a short idle lock).
     */
    launchConsole: (backendUrl?: string, options?: LaunchOptions) => Promise<ConsolePage>;
    /** A console on the shared sandbox, at the sign-in screen. */
    app: ConsolePage;
    /** A sandbox of this test's own, which the test may stop. */
    ownSandbox: ListeningProcess;
  },
  { sandbox: SandboxInfo }
>({
  sandbox: [
    async ({}, use) => {
      const { members, scenarios } = readSamples(DB_PATH); // seeds DB_PATH on first use
      const dir = mkdtempSync(join(tmpdir(), 'e2e-sandbox-'));
      const dbPath = join(dir, 'sandbox.sqlite');
      copyFileSync(DB_PATH, dbPath);
      const server = await spawnListeningProcess('sandbox/cli.ts', ['serve', '--db', dbPath], { timeoutMs: 240_000 });
      if (!server.processorUrl) throw new Error('The sandbox announced no payment processor (processorUrl).');
      if (!server.ctiWebhookUrl) throw new Error('The sandbox announced no CTI webhook (ctiWebhookUrl).');
      const issuerUrl = server.announcement.issuerUrl;
      if (typeof issuerUrl !== 'string') throw new Error('The sandbox announced no OpenID provider (issuerUrl).');
      await use({ url: server.url, processorUrl: server.processorUrl, ctiWebhookUrl: server.ctiWebhookUrl, issuerUrl, dbPath, samples: members, scenarios });
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker', timeout: 240_000 },
  ],

  ownSandbox: async ({ sandbox }, use) => {
    const server = await spawnListeningProcess('sandbox/cli.ts', ['serve', '--db', sandbox.dbPath]);
    await use(server);
    await server.stop();
  },

  launchConsole: async ({ browser, sandbox }, use) => {
    const cleanups: (() => Promise<void>)[] = [];
    await use(async (backendUrl = sandbox.url, options = {}) => {
      const userData = mkdtempSync(join(tmpdir(), 'e2e-console-'));
      if (options.policy) writeFileSync(join(userData, 'no-policy.json'), JSON.stringify(options.policy));
      const host = await spawnListeningProcess('main/hosts/web-host-cli.ts', ['--user-data', userData], {
        env: { REPCONSOLE_BACKEND_URL: backendUrl, REPCONSOLE_PROCESSOR_URL: sandbox.processorUrl, REPCONSOLE_POLICY_FILE: join(userData, 'no-policy.json') },
      });
      const context = await browser.newContext();
      cleanups.push(async () => {
        await context.close();
        await host.stop();
        rmSync(userData, { recursive: true, force: true });
      });
      const linkPort = host.announcement.softphoneLinkPort;
      const app = new ConsolePage(await context.newPage(), () => host.stop(), typeof linkPort === 'number' ? linkPort : null);
      await app.open(host.url);
      return app;
    });
    for (const cleanup of cleanups.reverse()) await cleanup();
  },

  app: async ({ launchConsole }, use) => {
    await use(await launchConsole());
  },
});

export { expect };

/** "Howard Anderson" → { first: 'Howard', last: 'Anderson' } (last names may hold spaces or hyphens). */
export function splitName(name: string): { first: string; last: string } {
  const [first, ...rest] = name.split(' ');
  return { first: first!, last: rest.join(' ') };
}

/** The member's h1: first name, optional middle initial, last name. */
export function headingFor(name: string): RegExp {
  const { first, last } = splitName(name);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escape(first)}( [A-Z]\\.)? ${escape(last)}$`);
}
