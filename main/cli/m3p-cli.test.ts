import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX_CLI = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));

interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `scripts/m3p.ts` the way `npm run m3p` does, without npx, so no orphaned child is left behind. */
function runCli(args: readonly string[], stdin = ''): CliRun {
  const result = spawnSync(process.execPath, [TSX_CLI, 'scripts/m3p.ts', ...args], { cwd: ROOT, input: stdin, encoding: 'utf8', timeout: 20_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function inputJson(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    planYear: 2025,
    optInMonth: 9,
    priorIncurredCents: 40_000,
    monthlyCostSharingCents: [0, 0, 0, 0, 0, 0, 0, 0, 100_000, 0, 0, 0],
    ...overrides,
  });
}

const SEPTEMBER_SCHEDULE =
  '{"months":[' +
  '{"month":9,"capCents":40000,"billCents":40000,"unbilledAfterCents":60000},' +
  '{"month":10,"capCents":null,"billCents":20000,"unbilledAfterCents":40000},' +
  '{"month":11,"capCents":null,"billCents":20000,"unbilledAfterCents":20000},' +
  '{"month":12,"capCents":null,"billCents":20000,"unbilledAfterCents":0}]}\n';

function expectBadInput(run: CliRun, message: string | RegExp): void {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.split('\n')).toHaveLength(2); // one line and its newline
  expect(run.stderr.startsWith('m3p: ')).toBe(true);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
}

describe('m3p CLI', () => {
  it('prints the September opt-in schedule as one line, keys in order', () => {
    const run = runCli([inputJson()]);
    expect(run).toEqual({ status: 0, stdout: SEPTEMBER_SCHEDULE, stderr: '' });
  });

  it('reads the input from stdin when no argument is given', () => {
    expect(runCli([], inputJson())).toEqual({ status: 0, stdout: SEPTEMBER_SCHEDULE, stderr: '' });
  });

  it('prints every month from January for the regulation example', () => {
    const run = runCli([inputJson({ optInMonth: 1, priorIncurredCents: 0, monthlyCostSharingCents: [200_000, ...Array<number>(11).fill(0)] })]);
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout) as { months: Array<{ month: number; billCents: number; unbilledAfterCents: number }> };
    expect(output.months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(output.months[0]).toEqual({ month: 1, capCents: 16_667, billCents: 16_667, unbilledAfterCents: 183_333 });
    expect(output.months.reduce((total, m) => total + m.billCents, 0)).toBe(200_000);
  });

  it('refuses text that is not JSON', () => {
    expectBadInput(runCli(['{"planYear":2025']), /^m3p: the input is not valid JSON/);
  });

  it('refuses JSON that is not an object', () => {
    expectBadInput(runCli(['[1,2,3]']), 'm3p: the input must be a JSON object');
  });

  it('refuses unknown fields by name', () => {
    expectBadInput(runCli([inputJson({ plan_year: 2025 })]), 'm3p: unknown field "plan_year"');
  });

  it('names each field with the wrong type or a missing value', () => {
    const run = runCli([JSON.stringify({ planYear: '2025', optInMonth: 9.5, monthlyCostSharingCents: [0, 'x'] })]);
    expectBadInput(run, /planYear must be a number/);
    expect(run.stderr).toMatch(/optInMonth must be a whole number/);
    expect(run.stderr).toMatch(/priorIncurredCents must be a number/);
    expect(run.stderr).toMatch(/monthlyCostSharingCents\[1\] must be a number/);
    expect(run.stderr).toMatch(/monthlyCostSharingCents must list 12 months/);
  });

  it("passes the calculator's own refusals through", () => {
    expectBadInput(runCli([inputJson({ planYear: 2027 })]), 'm3p: No out-of-pocket threshold is configured for plan year 2027.');
    expectBadInput(runCli([inputJson({ optInMonth: 13 })]), 'm3p: optInMonth must be 1 (January) to 12 (December); got 13.');
    expectBadInput(runCli([inputJson({ priorIncurredCents: -5 })]), 'm3p: priorIncurredCents must be a whole number of cents');
  });

  it('refuses empty stdin and extra arguments', () => {
    expectBadInput(runCli([], ''), 'm3p: no input');
    expectBadInput(runCli([inputJson(), 'extra']), 'm3p: pass the input as one JSON argument');
  });
});
