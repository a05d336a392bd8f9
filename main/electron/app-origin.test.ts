import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, originOfUrl } from './app-origin';

describe('originOfUrl', () => {
  it('gives our own renderer page the app origin (URL.origin would say "null")', () => {
    expect(new URL('app://rep-console/index.html').origin).toBe('null');
    expect(originOfUrl('app://rep-console/index.html')).toBe(APP_ORIGIN);
    expect(originOfUrl('app://rep-console/assets/index-1a2b.js?x=1#y')).toBe(APP_ORIGIN);
  });

  it('tells other hosts, schemes and ports apart from ours', () => {
    expect(originOfUrl('app://evil/index.html')).toBe('app://evil');
    expect(originOfUrl('https://rep-console/index.html')).toBe('https://rep-console');
    expect(originOfUrl('http://127.0.0.1:8080/x')).toBe('http://127.0.0.1:8080');
    expect(originOfUrl('https://www.cms.gov:443/')).toBe('https://www.cms.gov');
  });

  it('has no origin for pages without a host or for garbage', () => {
    expect(originOfUrl('file:///etc/passwd')).toBeNull();
    expect(originOfUrl('about:blank')).toBeNull();
    expect(originOfUrl('data:text/html,hi')).toBeNull();
    expect(originOfUrl('not a url')).toBeNull();
    expect(originOfUrl(undefined)).toBeNull();
    expect(originOfUrl('')).toBeNull();
  });
});
