import { describe, expect, it } from 'vitest';
import { buildBackdateSchema, daysBetween, describeBackdateProblem, needsApproval, type BackdateBounds } from './check-backdate';

const bounds: BackdateBounds = { planYear: 2026, partDEffectiveOn: '2026-02-01', asOf: '2026-11-15', currentEffectiveOn: '2026-06-01', windowDays: 30 };

describe('back-date rules', () => {
  it.each([
    ['', 'Enter the new effective date.'],
    ['2026-02-30', 'Use a real date.'],
    ['2025-12-31', "The effective date can't be before 01/01/2026, the start of the 2026 plan year."],
    ['2026-01-15', "The effective date can't be before 02/01/2026, when the member's Part D coverage started."],
    ['2026-11-16', "The effective date can't be in the future (today is 11/15/2026)."],
    ['2026-06-01', 'A back-date must be earlier than the current effective date, 06/01/2026.'],
    ['2026-07-01', 'A back-date must be earlier than the current effective date, 06/01/2026.'],
  ])('refuses %s', (date, message) => {
    expect(describeBackdateProblem(date, bounds)).toBe(message);
  });

  it('accepts a date inside the bounds, and needs approval only when it is further before today than the window', () => {
    const june = { ...bounds, asOf: '2026-06-20', currentEffectiveOn: '2026-06-10' };
    expect(describeBackdateProblem('2026-05-21', june)).toBeNull();
    expect(daysBetween('2026-05-21', '2026-06-20')).toBe(30);
    expect(needsApproval('2026-05-21', june)).toBe(false);
    expect(needsApproval('2026-05-20', june)).toBe(true);
    expect(needsApproval('2026-05-20', { ...june, windowDays: null })).toBe(false);
    expect(needsApproval('2025-05-01', june)).toBe(false);
  });

  it('builds the contract request, and the shared schema refuses a card number in the reason', () => {
    const schema = buildBackdateSchema(bounds);
    expect(schema.parse({ effectiveOn: '2026-05-20', reason: ' Paper form arrived late ' })).toEqual({
      effectiveOn: '2026-05-20',
      reason: 'Paper form arrived late',
      authorizedBy: { kind: 'member' },
    });
    const card = schema.safeParse({ effectiveOn: '2026-05-20', reason: 'Card 4111 1111 1111 1111' });
    expect(card.success ? [] : card.error.issues.map((issue) => issue.message)).toEqual(['That looks like a card number. Never type card numbers into notes.']);
  });
});
