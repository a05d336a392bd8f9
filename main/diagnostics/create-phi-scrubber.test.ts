import { describe, expect, it } from 'vitest';
import { createPhiScrubber } from './create-phi-scrubber';

const NOW = new Date('2026-05-04T15:00:00.000Z');
const scrub = (text: string, knownWords?: { names: string[]; places: string[] }) => createPhiScrubber({ now: NOW, ...(knownWords ? { knownWords } : {}) }).scrub(text);

describe('the diagnostics PHI scrubber', () => {
  it.each([
    ['4111111111111111', 'digits only'],
    ['4111 1111 1111 1111', 'spaced'],
    ['4111-1111-1111-1111', 'dashed'],
    ['378282246310005', 'an Amex number'],
    ['6011 0009 9013 9424', 'a Discover number'],
  ])('removes the card number %s (%s)', (card) => {
    const out = scrub(`paid with ${card} today`);
    expect(out).toBe('paid with [card] today');
  });

  it('keeps digit runs that fail Luhn, and the CVV typed after a card number goes with its label', () => {
    expect(scrub('order 4111111111111112 placed')).toBe('order 4111111111111112 placed');
    expect(scrub('card 4111 1111 1111 1111 737')).toBe('card [card] 737');
    expect(scrub('cvv 737 and CVC: 1234, security code is 842, "cvv2":"555"')).toBe('cvv [cvv] and CVC: [cvv], security code is [cvv], "cvv2":"[cvv]"');
  });

  it('removes MBIs with or without dashes, in any case, and member IDs', () => {
    expect(scrub('MBI 1EG4-TE5-MK73 / 1eg4te5mk73 / 1EG4TE5MK73 for NSH400012345.')).toBe('MBI [mbi] / [mbi] / [mbi] for [member-id].');
    // Not an MBI: S is never used, and a hex digest is no MBI either.
    expect(scrub('build 1SG4TE5MK73 sha 9f86d081884c7d659a2feaa0c55ad015')).toBe('build 1SG4TE5MK73 sha 9f86d081884c7d659a2feaa0c55ad015');
  });

  it.each(['+15552014477', '(555) 201-4477', '555-201-4477', '555.201.4477', '5552014477', '1-555-201-4477', '+44 2071234567'.replace(' ', '')])(
    'removes the phone number %s',
    (phone) => {
      expect(scrub(`call back on ${phone} please`)).toBe('call back on [phone] please');
    },
  );

  it('removes SSNs, labelled or with separators', () => {
    expect(scrub('ssn 123456789, SSN: 123-45-6789, social security number 987 65 4321')).toBe('ssn [ssn], SSN: [redacted], social security number [ssn]');
  });

  it('removes dates of birth by their label, and every date more than ten years old, in any form', () => {
    expect(scrub('DOB: 03/14/1951, dateOfBirth=2019-02-03, born on March 14, 1951')).toBe('DOB: [dob], dateOfBirth=[dob], born on [dob]');
    expect(scrub('caller said 1951-03-14 or 19510314 or 03141951 or 3/14/51 or 14 March 1951')).toBe('caller said [date] or [date] or [date] or [date] or [date]');
    // Log times, plan years and effective dates are recent: they stay.
    expect(scrub('"time":"2026-05-04T14:59:59.123Z" effective 2026-03-01 due 04/25/2026 plan 2025')).toBe('"time":"2026-05-04T14:59:59.123Z" effective 2026-03-01 due 04/25/2026 plan 2025');
  });

  it('removes street addresses with the city, state and ZIP after them, PO boxes and e-mail addresses', () => {
    expect(scrub('moved to 12 Quince Lane, Springfield, IL 62704 last week')).toBe('moved to [address] last week');
    expect(scrub('mail 1200 Larkspur Bend Apt 4B, Saint Paul, MN 55102-1234 ok')).toBe('mail [address] ok');
    // A street suffix the pattern does not know: the city, state and ZIP still go.
    expect(scrub('mail 7 Elm Quay, Saint Paul, MN 55102 ok')).toBe('mail 7 Elm Quay, [address] ok');
    expect(scrub('mail 1200 Larkspur Drive Apt 4B, Saint Paul, MN 55102 ok')).toBe('mail [address] ok');
    expect(scrub('PO Box 4471 and rosalind.ow@example.org')).toBe('[address] and [email]');
  });

  it('removes names after a word that introduces a person, and values under PHI or secret keys', () => {
    expect(scrub('Could not open member Rosalind Okonkwo-Whitfield: caller: Dana Q. Whitfield; Mrs. Okonkwo')).toBe('Could not open member [name]: caller: [name]; Mrs. [name]');
    expect(scrub('{"lastName":"Okonkwo","member":{"firstName":"Rosalind"},"token":"abc123","city":"Springfield","level":50}')).toBe(
      '{"lastName":"[redacted]","member":{"firstName":"[redacted]"},"token":"[secret]","city":"[redacted]","level":50}',
    );
    expect(scrub('GET /x?password=hunter2&mode=1 Authorization: Bearer eyJhbGciOi.eyJzdWIiOi.c2lnbmF0dXJl')).toBe('GET /x?password=[secret]&mode=1 Authorization: [secret]');
  });

  it('removes the names and places of cached members wherever they appear, in any case for names', () => {
    const known = { names: ['Rosalind', 'Okonkwo-Whitfield'], places: ['Quince', 'Springfield'] };
    expect(scrub('Rosalind has no plan; OKONKWO-WHITFIELD refused; okonkwo called from Springfield near Quince', known)).toBe(
      '[name] has no plan; [name] refused; [name] called from [name] near [name]',
    );
    // Places match only as written (or Title/UPPER case): a street called Main must not eat "main process".
    expect(scrub('main process', { names: [], places: ['Main'] })).toBe('main process');
    // A JSON key is a field name: a member called Level must not break the log line.
    expect(scrub('{"level":50,"msg":"Level called"}', { names: ['Level'], places: [] })).toBe('{"level":50,"msg":"[name] called"}');
  });

  it('leaves what support needs alone: UUIDs, ports, versions, codes, JSON keys', () => {
    const line = '{"level":40,"time":"2026-05-04T14:00:00.000Z","pid":4242,"actionId":"0b9c5a3e-58f4-4a36-9a53-3d1f1c5e2a11","port":47615,"code":"BACKEND_TIMEOUT","version":"0.1.0","durationMs":8001,"msg":"payer backend call failed"}';
    expect(scrub(line)).toBe(line);
    expect(scrub('idempotency key 12345678-1234-4234-9234-123456789012 reused')).toBe('idempotency key 12345678-1234-4234-9234-123456789012 reused');
  });

  it('counts what it replaced, by kind', () => {
    const scrubber = createPhiScrubber({ now: NOW });
    scrubber.scrub('4111111111111111 and 5552014477');
    scrubber.scrub('MBI 1EG4TE5MK73, cvv 123');
    expect(scrubber.counts()).toEqual({ card: 1, phone: 1, mbi: 1, cvv: 1 });
  });
});
