/**
 * The audit trail as CSV a team lead opens in a spreadsheet: RFC 4180 (a header row, CRLF line ends,
 * fields with a comma, quote or line break quoted, quotes doubled), UTF-8 with a byte-order mark so
 * Excel reads names right, and safe to open: a cell that starts with = + - @ (or a tab or carriage
 * return) is prefixed with an apostrophe, so a crafted name or detail is shown, never run as a formula.
 */
import type { AuditEntry } from '../../shared/domain/audit';

const COLUMNS: readonly (readonly [header: string, value: (entry: AuditEntry) => string | number | null])[] = [
  ['Sequence', (e) => e.seq],
  ['When (UTC)', (e) => e.at],
  ['User ID', (e) => e.userId],
  ['User name', (e) => e.userName],
  ['Role', (e) => e.role],
  ['Action', (e) => e.actionName],
  ['Action code', (e) => e.action],
  ['Member ID', (e) => e.memberId],
  ['Health plan', (e) => e.clientId],
  ['Outcome', (e) => e.outcome],
  ['Confirmation number', (e) => e.confirmationNumber],
  ['Authority', (e) => e.authority],
  ['Idempotency key', (e) => e.idempotencyKey],
  ['Results', (e) => e.resultCount],
  ['Detail', (e) => e.detail],
];

/** The byte-order mark at the start of the file. */
export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, defused and quoted as needed. */
export function toCsvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file's text: BOM, header, one row per entry, each line ended with CRLF. */
export function buildAuditCsv(entries: readonly AuditEntry[]): string {
  const lines = [COLUMNS.map(([header]) => toCsvCell(header)), ...entries.map((entry) => COLUMNS.map(([, value]) => toCsvCell(value(entry))))];
  return CSV_BOM + lines.map((cells) => `${cells.join(',')}\r\n`).join('');
}
