import { describe, expect, it } from 'vitest';
import { apiRoutes } from '../api/routes';
import { AuditEventKindSchema } from './audit';
import { describeAuditAction } from './describe-audit-action';

describe('describeAuditAction', () => {
  it('has a name of its own for every recorded route and console event (a new route gets one in describe-audit-action.ts)', () => {
    const recorded = Object.keys(apiRoutes).filter((name) => !['getHealth', 'ctiEvent', 'recordAuditEvent'].includes(name) && !name.startsWith('stream'));
    // What the fallback would say: the identifier split into words.
    const spelled = (action: string) => action.replace(/_/g, ' ').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().replace(/^./, (c) => c.toUpperCase());
    const unnamed = recorded.filter((action) => describeAuditAction(action) === spelled(action));
    expect(unnamed).toEqual([]);
    // The console's own events are named in words already (signed_in → Signed in); each has a sentence-case name.
    for (const kind of AuditEventKindSchema.options) expect(describeAuditAction(kind)).toMatch(/^[A-Z][a-z]+( [a-z]+)*( MBI)?$/);
    expect(describeAuditAction('optInMember')).toBe('Opted a member in');
  });

  it('spells out an operationId it does not know yet', () => {
    expect(describeAuditAction('approveRefundRequest')).toBe('Approve refund request');
    expect(describeAuditAction('some_event')).toBe('Some event');
  });
});
