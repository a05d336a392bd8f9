import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/domain/audit';
import { buildAuditCsv, CSV_BOM, toCsvCell } from './build-audit-csv';

const entry = (overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  seq: 7, at: '2026-11-15T15:04:05.000Z', userId: 'rep1', userName: 'Jordan Alvarez', role: 'rep', action: 'optInMember', actionName: 'Opted a member in',
  memberId: 'NSH400012345', clientId: 'northstar', outcome: 'ok', confirmationNumber: 'M3P-7Q4K-2C9D', authority: 'member',
  idempotencyKey: '6f1c2a52-9d0b-4c55-8b1e-2f1f5f0c9a11', resultCount: null, detail: null, ...overrides,
});

/** A small RFC 4180 reader, enough to read back what the builder wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i += 1; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; } else if (ch === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i += 1; } else cell += ch;
  }
  return rows;
}

describe('buildAuditCsv', () => {
  it('writes a BOM, a header and one CRLF-ended row per entry that reads back field for field', () => {
    const csv = buildAuditCsv([entry(), entry({ seq: 6, outcome: 'ALREADY_PARTICIPATING', confirmationNumber: null })]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(['Sequence', 'When (UTC)', 'User ID', 'User name', 'Role', 'Action', 'Action code', 'Member ID', 'Health plan', 'Outcome', 'Confirmation number', 'Authority', 'Idempotency key', 'Results', 'Detail']);
    expect(rows[1]).toEqual(['7', '2026-11-15T15:04:05.000Z', 'rep1', 'Jordan Alvarez', 'rep', 'Opted a member in', 'optInMember', 'NSH400012345', 'northstar', 'ok', 'M3P-7Q4K-2C9D', 'member', '6f1c2a52-9d0b-4c55-8b1e-2f1f5f0c9a11', '', '']);
    expect(rows[2]?.[9]).toBe('ALREADY_PARTICIPATING');
    expect(rows).toHaveLength(3);
  });

  it('quotes commas, quotes and line breaks, and keeps accents', () => {
    const rows = parseCsv(buildAuditCsv([entry({ userName: 'O"Brien, José', detail: 'line one\nline two' })]).slice(1));
    expect(rows[1]?.[3]).toBe('O"Brien, José');
    expect(rows[1]?.[14]).toBe('line one\nline two');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    for (const attack of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) expect(toCsvCell(attack).replace(/^"/, '').startsWith("'")).toBe(true);
    const rows = parseCsv(buildAuditCsv([entry({ userName: '=cmd|" /C calc"!A0' })]).slice(1));
    expect(rows[1]?.[3]).toBe('\'=cmd|" /C calc"!A0');
    expect(toCsvCell('Jordan')).toBe('Jordan');
    expect(toCsvCell(null)).toBe('');
  });
});
