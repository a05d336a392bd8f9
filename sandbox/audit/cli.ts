/**
 * `npm run audit:check -- --db <sandbox.db> [--json]`: IT's check of the sandbox's audit trail. Exits 0
 * when the chain is intact (printing the count and the newest entry's seq and hash, to keep and compare
 * next time), 1 naming the first bad entry, 2 when the file cannot be checked at all.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDatabase } from '../database/open-database';
import { verifyAuditChain, type AuditChainReport } from './verify-audit-chain';

/** The command's usage line. */
export const AUDIT_CHECK_USAGE = 'Usage: npm run audit:check -- --db <path to the sandbox database> [--json]';

/** What the command printed and its exit code; `runAuditCheck` is the command without the process around it. */
export interface AuditCheckResult {
  readonly exitCode: 0 | 1 | 2;
  readonly output: string;
}

function describe(report: AuditChainReport): string {
  if (!report.isIntact) return `Audit trail BROKEN${report.seq === null ? '' : ` at entry ${report.seq}`}: ${report.message} (${report.count} entries before it verify.)`;
  if (!report.head) return 'Audit trail intact: no entries yet.';
  return `Audit trail intact: ${report.count} entries. Newest: entry ${report.head.seq}, hash ${report.head.hash}.`;
}

/** Checks the trail in the database the arguments name. */
export function runAuditCheck(argv: readonly string[]): AuditCheckResult {
  let values: { db?: string | undefined; json?: boolean | undefined };
  try {
    ({ values } = parseArgs({ args: [...argv], options: { db: { type: 'string' }, json: { type: 'boolean' } }, strict: true, allowPositionals: false }));
  } catch (error) {
    return { exitCode: 2, output: `${error instanceof Error ? error.message : String(error)}\n${AUDIT_CHECK_USAGE}` };
  }
  if (!values.db) return { exitCode: 2, output: AUDIT_CHECK_USAGE };
  if (!existsSync(values.db)) return { exitCode: 2, output: `No database at ${values.db}.` };
  let report: AuditChainReport;
  try {
    const db = openDatabase(values.db, { purpose: 'inspect' });
    try {
      report = verifyAuditChain(db);
    } finally {
      db.close();
    }
  } catch (error) {
    return { exitCode: 2, output: `Could not check ${values.db}: ${error instanceof Error ? error.message : String(error)}` };
  }
  return { exitCode: report.isIntact ? 0 : 1, output: values.json ? JSON.stringify(report) : describe(report) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = runAuditCheck(process.argv.slice(2));
  (result.exitCode === 0 ? process.stdout : process.stderr).write(`${result.output}\n`);
  process.exitCode = result.exitCode;
}
