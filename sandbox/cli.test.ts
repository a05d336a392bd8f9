import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { HealthResponseSchema } from '../shared/api/routes';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const tsxCli = join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
const dir = mkdtempSync(join(tmpdir(), 'sandbox-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const runCli = (args: string[]) => spawnSync(process.execPath, [tsxCli, 'sandbox/cli.ts', ...args], { cwd: repoRoot, encoding: 'utf8' });

describe('sandbox CLI', () => {
  it('serve prints exactly one JSON line when listening and exits cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [tsxCli, 'sandbox/cli.ts', 'serve', '--members', '30', '--db', join(dir, 'serve.sqlite')], { cwd: repoRoot });
    const lines: string[] = [];
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const firstLine = new Promise<string>((resolve) => createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(line);
      resolve(line);
    }));
    const announcement = JSON.parse(await firstLine) as { event: string; url: string; members: number; ctiWebhookUrl: string };
    expect(announcement).toEqual({ event: 'listening', url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/), members: 30, ctiWebhookUrl: expect.any(String), processorUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/), issuerUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/) });
    expect(announcement.ctiWebhookUrl).toBe(`${announcement.url}/v1/cti/sandbox-pbx`);
    const health = HealthResponseSchema.parse(await (await fetch(`${announcement.url}/v1/health`)).json());
    expect(health.status).toBe('ok');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(lines).toHaveLength(1);
  });

  it('samples prints one active member per client and one member per write-path scenario', () => {
    const result = runCli(['samples', '--members', '200', '--db', join(dir, 'samples.sqlite')]);
    expect(result.status).toBe(0);
    type SharedPhone = { phone: string; memberIds: string[] };
    const output = JSON.parse(result.stdout) as {
      members: { clientId: string; participationStatus: string; mbi: string }[];
      scenarios: Record<string, string[]> & { sharedPhone: SharedPhone[] };
    };
    expect(output.members.map((m) => m.clientId)).toEqual(['northstar', 'cedar-valley', 'bayside']);
    expect(output.members.every((m) => m.participationStatus === 'active' && m.mbi.length === 11)).toBe(true);
    expect(Object.keys(output.scenarios).sort()).toEqual([
      'active', 'activeOtherClient', 'eligible', 'noPartD', 'notAssignedToRep2', 'precluded', 'sharedPhone', 'uniquePhone',
      'withAutopay', 'withBalanceDue', 'withLargeOverpayment', 'withOverpayment', 'withRepresentative',
    ]);
    const { sharedPhone, ...byKind } = output.scenarios;
    // 200 members hold few overpayments (and fewer households, which are not counted here): those kinds may be short.
    const mayBeShort = new Set(['withOverpayment', 'withLargeOverpayment']);
    for (const [kind, ids] of Object.entries(byKind)) {
      expect(ids.every((id) => /^[A-Z]{3}\d{9}$/.test(id)), kind).toBe(true);
      if (!mayBeShort.has(kind)) expect(ids.length, kind).toBeGreaterThan(0);
    }
    for (const { phone, memberIds } of sharedPhone) expect([/^\+1\d{10}$/.test(phone), memberIds.length]).toEqual([true, 2]);
    const taken = [...byKind.withBalanceDue!, ...byKind.withAutopay!, ...byKind.withOverpayment!, ...byKind.withLargeOverpayment!];
    expect(new Set(taken).size).toBe(taken.length);
    expect([output.scenarios.active?.[0]?.slice(0, 3), output.scenarios.activeOtherClient?.[0]?.slice(0, 3), output.scenarios.notAssignedToRep2?.[0]?.slice(0, 3)]).toEqual(['NSH', 'CVM', 'BSC']);
  });

  it('refuses bad arguments with a sentence and a non-zero exit', () => {
    for (const [args, message] of [
      [['serve', '--members', 'lots'], "--members must be a whole number; got 'lots'."],
      [['serve', '--as-of', '11/15/2026'], 'The as-of date must be a real date written YYYY-MM-DD'],
      [['launch'], "Unknown command 'launch'"],
      [['seed', '--colour', 'red'], "Unknown option '--colour'"],
    ] as const) {
      const result = runCli([...args]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stdout).toBe('');
    }
  });
});
