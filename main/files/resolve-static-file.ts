/**
 * The one lookup from a request path to a file of the built renderer, shared by the app:// protocol
 * and the web host, so both refuse the same hostile paths instead of two copies drifting apart.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** What `/` serves. */
const INDEX_FILE = 'index.html';

/**
 * NUL truncates paths in native code; a backslash is a separator on Windows that URL parsing never
 * normalizes; a colon is a drive letter or an NTFS stream name (`index.html::$DATA`) there. The
 * renderer's file names contain none of them.
 */
const FORBIDDEN_CHARACTERS = /[\0\\:]/;

/**
 * Maps a URL pathname (still percent-encoded, as `URL.pathname` gives it) to a file under `rootDir`,
 * or null for anything that is not plainly one of its files.
 *
 * Refused: a bad % escape, NUL, backslash or colon (raw or encoded), `.`/`..` or empty segments
 * (so `//etc/passwd`, `..%2f` and `%2e%2e` too), and, as a last check, any result outside the root.
 * Only `/` itself maps to index.html; `/assets/` is a folder, not a file.
 */
export function resolveStaticFile(rootDir: string, urlPathname: string): string | null {
  if (!urlPathname.startsWith('/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  const root = resolve(rootDir);
  if (decoded === '/') return resolve(root, INDEX_FILE);
  if (FORBIDDEN_CHARACTERS.test(decoded)) return null;
  const segments = decoded.slice(1).split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return null;
  const filePath = resolve(root, ...segments);
  const inside = relative(root, filePath);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return null;
  return filePath;
}
