/**
 * The main-process logger: JSON lines in rotating files, with PHI and secrets redacted by field name.
 *
 * pino-roll runs in this thread, not as a pino transport: transports start worker threads that load
 * modules by path, which fails inside a packaged asar. Redaction works on field names only, up to
 * three objects deep; text in `msg` is never inspected, so never put PHI in a message string, and log
 * IDs rather than whole payloads.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import type { LevelWithSilent, Logger } from 'pino';
import pinoRoll from 'pino-roll';
import { ensurePrivateDir } from '../files/ensure-private-dir';
import { ensurePrivateFile } from '../files/ensure-private-file';
import { createLastErrors, type LastErrors } from './create-last-errors';

/** Pino's logger, re-exported so services depend on this module rather than on pino. */
export type { Logger } from 'pino';

/** Field names that hold PHI (HIPAA identifiers) or secrets and cardholder data (PCI DSS). */
const SENSITIVE_FIELDS = [
  'mbi', 'memberId', 'ssn', 'firstName', 'lastName', 'middleInitial', 'middleName', 'fullName', 'dateOfBirth', 'dob',
  'phone', 'phoneNumber', 'email', 'address', 'addressLine1', 'addressLine2', 'street', 'zip', 'postalCode',
  'searchText', 'note', 'notes',
  'token', 'accessToken', 'refreshToken', 'idToken', 'authorization', 'Authorization', 'cookie', 'password',
  'secret', 'clientSecret', 'apiKey', 'cardNumber', 'pan', 'cvv', 'cvc', 'cvv2', 'securityCode',
  'memberName', 'callerName', 'cardholderName', 'nameOnCard', 'birthDate', 'accountNumber', 'routingNumber',
  'sessionToken', 'pairingCode', 'codeVerifier', 'code_verifier', 'id_token', 'access_token', 'refresh_token',
] as const;

/** Every redacted path (each field at the top level and one to three objects down), for tests and docs to check. */
export const REDACT_PATHS: readonly string[] = SENSITIVE_FIELDS.flatMap((f) => [f, `*.${f}`, `*.*.${f}`, `*.*.*.${f}`]);

/** What replaces a redacted value in the log. */
export const REDACTED = '[redacted]';

/** Every log file's name starts with this; the folder holds nothing else of ours. */
export const LOG_FILE_PREFIX = 'rep-console';

/** What the diagnostics export needs to know about a logger createLogger made. */
export interface LoggerFacts {
  /** The folder its files are in. */
  readonly directory: string;
  /** The newest warn-or-worse lines, field-redacted as they were written. */
  readonly lastErrors: LastErrors;
}

const loggerFacts = new WeakMap<Logger, LoggerFacts>();

/** The folder and last errors of a logger made by createLogger; null for any other (tests' memory loggers). */
export function inspectLogger(logger: Logger): LoggerFacts | null {
  return loggerFacts.get(logger) ?? null;
}

/**
 * Makes the log folder and every log file in it private to this account. Log lines carry IDs, times
 * and failure reasons that are nobody else's business, and an older release made them 0755/0644.
 */
function makeLogFolderPrivate(directory: string): void {
  ensurePrivateDir(directory, { tightenExisting: true });
  for (const name of readdirSync(directory)) {
    if (name.startsWith(`${LOG_FILE_PREFIX}.`)) ensurePrivateFile(join(directory, name));
  }
}

/** Where and how much the console logs. */
export interface CreateLoggerOptions {
  /** Folder for the log files, the console's own: created (or tightened) to 0700, files 0600. */
  readonly directory: string;
  /** Defaults to 'info'. */
  readonly level?: LevelWithSilent;
  /** Also write the JSON lines to stdout (development and the web host). */
  readonly toStdout?: boolean;
}

/** Creates the logger every main-process service gets, so no service can write PHI or a token to disk. */
export async function createLogger(options: CreateLoggerOptions): Promise<Logger> {
  const level = options.level ?? 'info';
  // One file per day (and per 10 MB), named by date so a restart never appends to yesterday's file;
  // removeOtherLogFiles makes the 7-file limit count files from earlier runs too (old files go when a
  // roll happens, not at start-up). sync: the lines before a crash are the ones support needs, and
  // the main process logs far too little for a blocking write to matter. The folder is made here, not
  // by pino-roll's mkdir, which would create it with the umask's 0755; `mode` reaches SonicBoom's open
  // for every file, rolled ones included.
  makeLogFolderPrivate(options.directory);
  const file = await pinoRoll({
    file: join(options.directory, LOG_FILE_PREFIX),
    extension: '.log',
    dateFormat: 'yyyy-MM-dd',
    frequency: 'daily',
    size: '10m',
    limit: { count: 7, removeOtherLogFiles: true },
    mode: 0o600,
    sync: true,
  });
  const destination =
    options.toStdout === true && level !== 'silent'
      ? pino.multistream([{ level, stream: file }, { level, stream: process.stdout }])
      : file;
  const lastErrors = createLastErrors();
  const logger = pino(
    {
      level,
      redact: { paths: [...REDACT_PATHS], censor: REDACTED },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Sees each line as written (after redaction) and keeps warnings and errors for diagnostics.
      hooks: {
        streamWrite: (line) => {
          lastErrors.offer(line);
          return line;
        },
      },
    },
    destination,
  );
  loggerFacts.set(logger, { directory: options.directory, lastErrors });
  return logger;
}

/** A logger that writes nothing, for tests and for code that runs before logging is set up. */
export function createSilentLogger(): Logger {
  return pino({ level: 'silent' });
}
