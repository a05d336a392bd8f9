/** A process that installs the fatal-error handler and then fails the way a bug would: for exit-on-fatal-error.test.ts. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger } from '../../logging/create-logger';
import { exitOnFatalError } from '../exit-on-fatal-error';

const dir = process.argv[2]!;
const logger = await createLogger({ directory: join(dir, 'logs') });
exitOnFatalError(logger, async () => writeFileSync(join(dir, 'cleaned-up'), 'yes'));
setTimeout(() => {
  throw new Error(process.argv[3] === 'rejection' ? 'unused' : 'a bug nobody caught');
}, process.argv[3] === 'rejection' ? 60_000 : 10);
if (process.argv[3] === 'rejection') void Promise.reject(new Error('a promise nobody awaited'));
