import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger, createSilentLogger, REDACT_PATHS, REDACTED, type Logger } from './create-logger';

/** Values that must never reach a log file; each is unique so a leak names itself. */
const PHI = {
  mbi: '1EG4TE5MK73',
  memberId: 'NSH400012345',
  firstName: 'Rosalind',
  lastName: 'Okonkwo-Whitfield',
  middleInitial: 'Q',
  dateOfBirth: '1951-03-14',
  phone: '+15552014477',
  email: 'rosalind@example.org',
  address: '12 Quince Lane, Springfield',
};
const SECRETS = {
  token: 'tok_live_9f8e7d6c',
  password: 'hunter2-correct-horse',
  cardNumber: '4111111111111111',
  cvv: '737',
  authorization: 'Bearer eyJhbGciOi.secret-jwt',
  apiKey: 'key_5a4b3c2d1e',
};
const LEAKABLE = [...Object.values(PHI), ...Object.values(SECRETS)];

let directory = '';

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'rep-console-log-'));
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(directory, { recursive: true, force: true });
});

async function flush(logger: Logger): Promise<void> {
  await new Promise<void>((resolve, reject) => logger.flush((error) => (error ? reject(error) : resolve())));
}

async function readLogText(): Promise<string> {
  const files = (await readdir(directory)).filter((name) => name.endsWith('.log'));
  const texts = await Promise.all(files.map((name) => readFile(join(directory, name), 'utf8')));
  return texts.join('');
}

async function readLogLines(): Promise<Array<Record<string, unknown>>> {
  return (await readLogText())
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('createLogger', () => {
  it('redacts PHI and secrets at every depth, in bindings, arrays and errors', async () => {
    const logger = await createLogger({ directory });
    logger.info({ ...PHI, ...SECRETS, callId: 'call-1' }, 'top level');
    logger.info({ member: { ...PHI }, payment: { cardNumber: SECRETS.cardNumber, cvv: SECRETS.cvv, amountCents: 16_667 } }, 'one level down');
    logger.info({ call: { caller: { ...PHI } }, request: { headers: { authorization: SECRETS.authorization, accept: 'application/json' } } }, 'two levels down');
    logger.warn({ sync: { batch: { member: { mbi: PHI.mbi, lastName: PHI.lastName } } }, results: [{ mbi: PHI.mbi }] }, 'three levels and an array');
    logger.child({ session: { token: SECRETS.token, password: SECRETS.password } }).info('child bindings');
    const error = Object.assign(new Error('backend refused'), { config: { headers: { Authorization: SECRETS.authorization, apiKey: SECRETS.apiKey } } });
    logger.error({ err: error }, 'an axios-like error');
    await flush(logger);

    // Without pino's own time, pid and hostname: a short value such as the CVV can occur in those by chance.
    const text = (await readLogLines()).map(({ time: _time, pid: _pid, hostname: _hostname, ...line }) => JSON.stringify(line)).join('\n');
    for (const value of LEAKABLE) expect(text, `leaked ${value}`).not.toContain(value);
    expect(text).toContain(`"${REDACTED}"`);

    const lines = await readLogLines();
    expect(lines.map((line) => line.msg)).toEqual(['top level', 'one level down', 'two levels down', 'three levels and an array', 'child bindings', 'an axios-like error']);
    expect(lines[0]).toMatchObject({ mbi: REDACTED, cardNumber: REDACTED, cvv: REDACTED, callId: 'call-1', level: 30 });
    expect(lines[1]).toMatchObject({ member: { lastName: REDACTED }, payment: { cardNumber: REDACTED, amountCents: 16_667 } });
    expect(lines[2]).toMatchObject({ call: { caller: { dateOfBirth: REDACTED } }, request: { headers: { authorization: REDACTED, accept: 'application/json' } } });
    expect(lines[3]).toMatchObject({ sync: { batch: { member: { mbi: REDACTED } } }, results: [{ mbi: REDACTED }] });
    expect(lines[5]).toMatchObject({ err: { message: 'backend refused', config: { headers: { Authorization: REDACTED } } } });
  });

  it('keeps non-PHI fields and writes ISO times', async () => {
    const logger = await createLogger({ directory, level: 'debug' });
    logger.debug({ channel: 'members:search', durationMs: 42, ok: true, clientId: 'north-star-health', member: { tier: 'gold' } }, 'search done');
    await flush(logger);
    const [line] = await readLogLines();
    expect(line).toMatchObject({ level: 20, msg: 'search done', channel: 'members:search', durationMs: 42, ok: true, clientId: 'north-star-health', member: { tier: 'gold' } });
    expect(String(line?.time)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('drops lines below the level', async () => {
    const logger = await createLogger({ directory, level: 'warn' });
    logger.info('not kept');
    logger.warn('kept');
    await flush(logger);
    expect((await readLogLines()).map((line) => line.msg)).toEqual(['kept']);
  });

  it('creates a missing folder and names the file by date and number', async () => {
    const nested = join(directory, 'logs', 'main');
    const logger = await createLogger({ directory: nested });
    logger.info('hello');
    await flush(logger);
    expect(await readdir(nested)).toEqual([expect.stringMatching(/^rep-console\.\d{4}-\d{2}-\d{2}\.1\.log$/)]);
  });

  it.runIf(process.platform !== 'win32')('keeps the folder 0700 and every log file 0600, also those an older release left open', async () => {
    const modeOf = async (path: string) => (await stat(path)).mode & 0o777;
    const fresh = join(directory, 'fresh');
    const fromOlderRelease = join(directory, 'older');
    await mkdir(fromOlderRelease, { mode: 0o755 });
    await chmod(fromOlderRelease, 0o755);
    const oldLog = join(fromOlderRelease, 'rep-console.2026-01-02.1.log');
    await writeFile(oldLog, '{}\n');
    await chmod(oldLog, 0o644);

    for (const folder of [fresh, fromOlderRelease]) {
      const logger = await createLogger({ directory: folder });
      logger.info('hello');
      await flush(logger);
      expect(await modeOf(folder)).toBe(0o700);
      for (const name of await readdir(folder)) expect(await modeOf(join(folder, name)), name).toBe(0o600);
    }
    expect(await readdir(fromOlderRelease)).toHaveLength(2);
  });

  it('also writes the redacted lines to stdout when asked', async () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const logger = await createLogger({ directory, toStdout: true });
    logger.info({ member: { mbi: PHI.mbi }, callId: 'call-2' }, 'to both');
    await flush(logger);
    vi.restoreAllMocks();
    const stdout = written.join('');
    expect(stdout).toContain('"callId":"call-2"');
    expect(stdout).not.toContain(PHI.mbi);
    expect(await readLogText()).toContain('"callId":"call-2"');
  });
});

describe('REDACT_PATHS', () => {
  it.each(['mbi', 'firstName', 'lastName', 'middleInitial', 'dateOfBirth', 'phone', 'email', 'address', 'token', 'authorization', 'password', 'cardNumber', 'cvv', 'cvc', 'pan', 'secret'])(
    'covers %s at the top level and one to three objects down',
    (field) => {
      expect(REDACT_PATHS).toEqual(expect.arrayContaining([field, `*.${field}`, `*.*.${field}`, `*.*.*.${field}`]));
    },
  );
});

describe('createSilentLogger', () => {
  it('logs nothing and still offers the whole logger API', () => {
    const write = vi.spyOn(process.stdout, 'write');
    const logger = createSilentLogger();
    logger.error({ mbi: PHI.mbi }, 'never written');
    logger.child({ area: 'test' }).info('nor this');
    expect(logger.level).toBe('silent');
    expect(write).not.toHaveBeenCalled();
  });
});
