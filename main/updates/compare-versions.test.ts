import { describe, expect, it } from 'vitest';
import { compareVersions, isValidVersion } from './compare-versions';

describe('compareVersions', () => {
  it('orders releases by major, minor and patch as numbers, not text', () => {
    expect(compareVersions('1.10.0', '1.9.9')).toBe(1);
    expect(compareVersions('1.4.2', '1.4.10')).toBe(-1);
    expect(compareVersions('2.0.0', '2.0.0')).toBe(0);
  });

  it('puts a pilot build before the release it leads to, and orders pilots by number', () => {
    expect(compareVersions('1.5.0-pilot.1', '1.5.0')).toBe(-1);
    expect(compareVersions('1.5.0', '1.5.0-pilot.9')).toBe(1);
    expect(compareVersions('1.5.0-pilot.10', '1.5.0-pilot.9')).toBe(1);
    expect(compareVersions('1.5.0-pilot.1', '1.4.9')).toBe(1);
    expect(compareVersions('1.5.0-pilot', '1.5.0-pilot.1')).toBe(-1);
  });

  it('refuses what is not a version instead of guessing', () => {
    expect(isValidVersion('1.4')).toBe(false);
    expect(isValidVersion('latest')).toBe(false);
    expect(() => compareVersions('1.4', '1.4.0')).toThrow('Not a version: 1.4');
  });
});
