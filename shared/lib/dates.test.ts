import { describe, expect, it } from 'vitest';
import { formatIsoDate, isIsoDate, parseUserDate, todayIso } from './dates';

describe('isIsoDate', () => {
  it.each(['1951-03-14', '2024-02-29', '2000-02-29', '2025-12-31', '1900-01-01'])('accepts %s', (date) => {
    expect(isIsoDate(date)).toBe(true);
  });

  it.each(['2025-02-29', '2100-02-29', '2025-02-30', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00', '2025-1-05', '03/14/1951', '1951-03-14T00:00:00Z', ''])(
    'refuses %s',
    (date) => {
      expect(isIsoDate(date)).toBe(false);
    },
  );
});

describe('parseUserDate', () => {
  it.each([
    ['03/14/1951', '1951-03-14'],
    ['3/4/1951', '1951-03-04'],
    ['03-14-1951', '1951-03-14'],
    ['03.14.1951', '1951-03-14'],
    ['1951-03-14', '1951-03-14'],
    ['  02/29/2024 ', '2024-02-29'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseUserDate(text)).toBe(iso);
  });

  it.each(['02/30/1951', '13/01/1951', '14/03/1951', '02/29/2025', '03/14/51', '1951/03/14', 'yesterday', ''])('refuses %s', (text) => {
    expect(parseUserDate(text)).toBeNull();
  });
});

describe('todayIso', () => {
  it('uses the local calendar date, zero-padded', () => {
    expect(todayIso(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
    expect(todayIso(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });

  it('defaults to now', () => {
    expect(isIsoDate(todayIso())).toBe(true);
  });
});

describe('formatIsoDate', () => {
  it('shows a date the way US reps read it', () => {
    expect(formatIsoDate('1951-03-14')).toBe('03/14/1951');
  });

  it('leaves text that is not an ISO date alone', () => {
    expect(formatIsoDate('soon')).toBe('soon');
  });
});
