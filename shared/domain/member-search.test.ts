import { describe, expect, it } from 'vitest';
import { parseMemberSearchText } from './member-search';

describe('parseMemberSearchText: each key', () => {
  it.each([
    ['an MBI with dashes', '1EG4-TE5-MK73'],
    ['an MBI without dashes', '1EG4TE5MK73'],
    ['an MBI in lower case', '1eg4-te5-mk73'],
    ['an MBI with spaces', ' 1EG4 TE5 MK73 '],
  ])('finds %s and stores it bare', (_label, text) => {
    expect(parseMemberSearchText(text)).toEqual({ ok: true, query: { by: 'mbi', mbi: '1EG4TE5MK73' } });
  });

  it.each(['NSH400012345', 'nsh400012345', 'NSH 400012345', 'NSH-400012345'])('finds the member ID %s', (text) => {
    expect(parseMemberSearchText(text)).toEqual({ ok: true, query: { by: 'memberId', memberId: 'NSH400012345' } });
  });

  it.each(['(555) 201-4477', '555-201-4477', '555.201.4477', '555 201 4477', '5552014477', '1-555-201-4477', '+1 555 201 4477'])(
    'finds the phone number %s',
    (text) => {
      expect(parseMemberSearchText(text)).toEqual({ ok: true, query: { by: 'phone', phone: '+15552014477' } });
    },
  );

  it.each([
    ['Garcia 03/14/1951', 'Garcia', '1951-03-14'],
    ["O'Brien, 1950-02-01", "O'Brien", '1950-02-01'],
    ['de la Cruz 3/4/1948', 'de la Cruz', '1948-03-04'],
    ['Smith-Jones,03-14-1951', 'Smith-Jones', '1951-03-14'],
  ])('finds a last name and date of birth in %s', (text, lastName, dateOfBirth) => {
    expect(parseMemberSearchText(text)).toEqual({ ok: true, query: { by: 'nameDob', lastName, dateOfBirth } });
  });
});

describe('parseMemberSearchText: what a rep is told', () => {
  it('asks for something when the field is empty', () => {
    expect(parseMemberSearchText('   ')).toEqual({ ok: false, key: null, message: expect.stringContaining('Type an MBI') });
  });

  it('says which MBI character is wrong', () => {
    expect(parseMemberSearchText('1EG4-TE5-MK7O')).toEqual({
      ok: false,
      key: 'mbi',
      message: 'Not a valid MBI. Character 11 of an MBI must be a digit; found "O" (O is never used in an MBI).',
    });
    expect(parseMemberSearchText('1SG4TE5MK73')).toMatchObject({ ok: false, key: 'mbi', message: expect.stringContaining('Character 2') });
    expect(parseMemberSearchText('1EG4TE5MK7')).toMatchObject({ ok: false, key: 'mbi', message: expect.stringContaining('11 characters') });
  });

  it('explains a member ID with the wrong number of digits', () => {
    expect(parseMemberSearchText('NSH4000123')).toEqual({ ok: false, key: 'memberId', message: 'A member ID is three letters and nine digits, e.g. NSH400012345.' });
  });

  it('explains a phone number that is not ten digits', () => {
    expect(parseMemberSearchText('555-201-447')).toEqual({ ok: false, key: 'phone', message: 'A phone number has 10 digits, e.g. (555) 201-4477.' });
  });

  it('refuses a date of birth in the future', () => {
    expect(parseMemberSearchText('Garcia 01/01/2999')).toEqual({ ok: false, key: 'nameDob', message: "A date of birth can't be in the future." });
  });

  it('refuses a date of birth before 1900', () => {
    expect(parseMemberSearchText('Garcia 1899-12-31')).toMatchObject({ ok: false, key: 'nameDob' });
  });

  it.each(['02/30/1951', '13/14/1951'])('says %s is not a real date', (date) => {
    expect(parseMemberSearchText(`Garcia ${date}`)).toEqual({ ok: false, key: 'nameDob', message: `${date} is not a real date.` });
  });

  it('asks for the MM/DD/YYYY form when the date is incomplete', () => {
    expect(parseMemberSearchText('Garcia 1951')).toEqual({ ok: false, key: 'nameDob', message: 'Write the date of birth as MM/DD/YYYY, e.g. 03/14/1951.' });
  });

  it('asks for the last name when only a date of birth is typed', () => {
    expect(parseMemberSearchText('03/14/1951')).toEqual({ ok: false, key: 'nameDob', message: 'Add the last name before the date of birth, e.g. Garcia 03/14/1951.' });
  });

  it('asks for the date of birth when only a last name is given', () => {
    expect(parseMemberSearchText('Garcia')).toEqual({ ok: false, key: 'nameDob', message: 'Add the date of birth after the last name, e.g. Garcia 03/14/1951.' });
  });

  it.each(['Peña 03/14/1951', 'O’Brien 03/14/1951', 'Núñez-García 03/14/1951'])('accepts the accented or curly-apostrophe name in %s', (text) => {
    expect(parseMemberSearchText(text)).toMatchObject({ ok: true, query: { by: 'nameDob', dateOfBirth: '1951-03-14' } });
  });

  it('refuses a last name with characters a name never has', () => {
    expect(parseMemberSearchText('Garc!a 03/14/1951')).toMatchObject({ ok: false, key: 'nameDob', message: expect.stringContaining('letters') });
  });

  it.each(['4111111111111111', '4111 1111 1111 1111', '4111-1111-1111-1111', 'Garcia 4111111111111111'])(
    'refuses the card number in %s without echoing it',
    (text) => {
      const result = parseMemberSearchText(text);
      expect(result).toEqual({ ok: false, key: null, message: 'That looks like a card number. Card numbers never go in search; clear the field.' });
      expect(JSON.stringify(result)).not.toContain('1111');
    },
  );

  it('does not mistake a 16-digit number that fails Luhn for a card', () => {
    expect(parseMemberSearchText('4111111111111112')).toMatchObject({ ok: false, key: 'phone' });
  });
});
