import { describe, expect, it } from 'vitest';
import { autopayDefaults, buildAutopaySchema, nextDraftOn } from './autopay-draft';
import { buildPaymentProfile } from './testing/build-payment-profile';

describe('the autopay form', () => {
  const profile = buildPaymentProfile();
  const schema = buildAutopaySchema(profile);

  it('starts on the default method and the current bill’s due day, or the setup already on file', () => {
    expect(autopayDefaults(profile)).toEqual({ action: 'enrol', methodId: 'pm-visa', dayOfMonth: '15', authorizedBy: 'member' });
    const enrolled = buildPaymentProfile({ autopay: { isEnrolled: true, methodId: 'pm-bank', dayOfMonth: 3, enrolledOn: '2026-09-01' } });
    expect(autopayDefaults(enrolled)).toMatchObject({ methodId: 'pm-bank', dayOfMonth: '3' });
  });

  it('takes a day from 1 to 28 and a method that can be charged', () => {
    const draft = autopayDefaults(profile);
    expect(schema.parse({ ...draft, dayOfMonth: '5' })).toEqual({ action: 'enrol', request: { methodId: 'pm-visa', dayOfMonth: 5, authorizedBy: { kind: 'member' } } });
    for (const day of ['0', '29', '31', 'x', '']) {
      expect(schema.safeParse({ ...draft, dayOfMonth: day }).error?.issues[0]).toMatchObject({ path: ['dayOfMonth'], message: 'Pick a day from 1 to 28.' });
    }
    expect(schema.safeParse({ ...draft, methodId: 'pm-old' }).error?.issues[0]).toMatchObject({ path: ['methodId'] });
    expect(schema.parse({ ...draft, action: 'stop', dayOfMonth: 'x' })).toEqual({ action: 'stop', request: { authorizedBy: { kind: 'member' } } });
  });

  it('drafts next on the first such day after today', () => {
    expect(nextDraftOn('2026-11-15', 20)).toBe('2026-11-20');
    expect(nextDraftOn('2026-11-15', 15)).toBe('2026-12-15');
    expect(nextDraftOn('2026-12-15', 5)).toBe('2027-01-05');
  });
});
