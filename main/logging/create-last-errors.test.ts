import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLastErrors } from './create-last-errors';
import { createLogger, createSilentLogger, inspectLogger, REDACTED } from './create-logger';

let directory = '';
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'rep-console-last-errors-'));
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

describe('the last errors a logger keeps for diagnostics', () => {
  it('keeps warnings and errors as written to the file (redacted), child loggers included, and no info', async () => {
    const logger = await createLogger({ directory, level: 'debug' });
    logger.info('started');
    logger.warn({ member: { mbi: '1EG4TE5MK73' }, code: 'BACKEND_TIMEOUT' }, 'member fetch slow');
    logger.child({ area: 'calls' }).error({ err: new Error('link closed') }, 'softphone link failed');
    logger.debug('details');
    const facts = inspectLogger(logger);
    expect(facts?.directory).toBe(directory);
    const lines = facts!.lastErrors.list().map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.msg)).toEqual(['member fetch slow', 'softphone link failed']);
    expect(lines[0]).toMatchObject({ level: 40, member: { mbi: REDACTED }, code: 'BACKEND_TIMEOUT' });
    expect(lines[1]).toMatchObject({ level: 50, area: 'calls', err: { message: 'link closed' } });
    expect(facts!.lastErrors.list().join('\n')).not.toContain('1EG4TE5MK73');
  });

  it('keeps only the newest entries, and cuts a huge one', () => {
    const ring = createLastErrors(3);
    for (let i = 1; i <= 5; i += 1) ring.offer(`{"level":50,"msg":"error ${i}"}\n`);
    ring.offer('{"level":30,"msg":"info"}\n');
    ring.offer(`{"level":40,"msg":"${'x'.repeat(10_000)}"}`);
    const kept = ring.list();
    expect(kept.slice(0, 2)).toEqual(['{"level":50,"msg":"error 4"}', '{"level":50,"msg":"error 5"}']);
    expect(kept[2]!.length).toBeLessThan(4_100);
    expect(kept[2]!.endsWith('…(cut)')).toBe(true);
  });

  it('knows nothing about loggers it did not make', () => {
    expect(inspectLogger(createSilentLogger())).toBeNull();
  });
});
