import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStaticFile } from './resolve-static-file';

const root = resolve('/srv/rep-console/renderer');

describe('resolveStaticFile', () => {
  it.each([
    ['/', 'index.html'],
    ['/index.html', 'index.html'],
    ['/assets/index-1a2b.js', join('assets', 'index-1a2b.js')],
    ['/assets/fonts/inter%20var.woff2', join('assets', 'fonts', 'inter var.woff2')],
    ['/assets%2Findex-1a2b.js', join('assets', 'index-1a2b.js')],
    ['/caf%C3%A9.svg', 'café.svg'],
    ['/%252e%252e/literal', join('%2e%2e', 'literal')],
  ])('maps %s inside the root', (pathname, file) => {
    expect(resolveStaticFile(root, pathname)).toBe(join(root, file));
  });

  it('accepts a root given with a trailing separator or relative parts', () => {
    expect(resolveStaticFile(`${root}/`, '/index.html')).toBe(join(root, 'index.html'));
    expect(resolveStaticFile(join(root, 'assets', '..'), '/a.js')).toBe(join(root, 'a.js'));
  });

  it.each([
    ['a bad % escape', '/%E0%A4%A'],
    ['a lone %', '/index%.html'],
    ['a raw NUL', '/index.html\0.png'],
    ['an encoded NUL', '/index.html%00.png'],
    ['dot-dot', '/../outside.txt'],
    ['dot-dot deeper', '/assets/../../outside.txt'],
    ['encoded dot-dot', '/%2e%2e/outside.txt'],
    ['mixed-case encoded dot-dot', '/%2E%2e/outside.txt'],
    ['dot-dot and an encoded slash', '/..%2foutside.txt'],
    ['dot-dot and an encoded backslash', '/..%5coutside.txt'],
    ['a raw backslash', '/..\\outside.txt'],
    ['a backslash inside the root', '/assets\\a.js'],
    ['a dot segment', '/./index.html'],
    ['a double slash (absolute path)', '//etc/passwd'],
    ['an encoded absolute path', '/%2Fetc%2Fpasswd'],
    ['a Windows drive', '/C:/Windows/win.ini'],
    ['an encoded Windows drive', '/C%3A%5CWindows%5Cwin.ini'],
    ['an NTFS stream', '/index.html::$DATA'],
    ['a folder', '/assets/'],
    ['no leading slash', 'index.html'],
    ['an empty path', ''],
    ['a whole URL', 'file:///etc/passwd'],
  ])('refuses %s', (_why, pathname) => {
    expect(resolveStaticFile(root, pathname)).toBeNull();
  });
});
