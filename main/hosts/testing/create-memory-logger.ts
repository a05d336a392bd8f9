/** A real pino logger writing JSON lines to memory, for tests that check what reaches the log. */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { Logger } from '../../logging/create-logger';

export interface MemoryLogger {
  readonly logger: Logger;
  /** Every line so far, parsed. */
  lines(): Record<string, unknown>[];
}

/** Creates the logger and its line store. */
export function createMemoryLogger(): MemoryLogger {
  const written: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      written.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), lines: () => written.map((line) => JSON.parse(line) as Record<string, unknown>) };
}
