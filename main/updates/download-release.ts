/**
 * Downloads the installer a release names and checks its sha512 (base64, as electron-builder writes
 * it) before anyone may run it: a file that does not match is deleted and reported, never kept.
 */
import { createHash } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ensurePrivateDir } from '../files/ensure-private-dir';
import { feedBase } from './read-update-feed';
import type { UpdateFile, UpdateRelease } from './update-release';

/** A download that could not be used; `message` is the reason shown and logged. */
export class UpdateDownloadError extends Error {
  override readonly name = 'UpdateDownloadError';
}

export interface DownloadReleaseOptions {
  readonly release: UpdateRelease;
  readonly feedUrl: string;
  /** A private folder of the console's own; the verified installer is left here. */
  readonly directory: string;
  /** Which installer to take when the release lists several (first match wins), e.g. ['exe']. */
  readonly extensions?: readonly string[];
  readonly timeoutMs?: number;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The release's installer for this OS: the first with a preferred extension, else the first listed. */
export function pickInstallerFile(release: UpdateRelease, extensions: readonly string[]): UpdateFile {
  const byExtension = extensions.map((ext) => release.files.find((file) => file.url.toLowerCase().split('?')[0]?.endsWith(`.${ext.toLowerCase()}`))).find(Boolean);
  return byExtension ?? (release.files[0] as UpdateFile);
}

function checkTransport(url: URL): URL {
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw new UpdateDownloadError(`The installer ${url.href} is not on https; it was not downloaded.`);
  }
  return url;
}

/** Only the last path segment, in characters any file system accepts: the feed never picks where it lands. */
function safeFileName(url: URL): string {
  const last = decodeURIComponent(url.pathname.split('/').pop() ?? '');
  const cleaned = last.replace(/[^A-Za-z0-9._-]/g, '-').replace(/^\.+/, '');
  return cleaned.length > 0 ? cleaned : 'rep-console-update';
}

/** Downloads, checks size and sha512, and returns the verified file's path; throws UpdateDownloadError. */
export async function downloadRelease(options: DownloadReleaseOptions): Promise<string> {
  const file = pickInstallerFile(options.release, options.extensions ?? []);
  const url = checkTransport(new URL(file.url, feedBase(options.feedUrl)));
  ensurePrivateDir(options.directory);
  const target = join(options.directory, safeFileName(url));
  const partial = `${target}.partial`;
  const hash = createHash('sha512');
  let received = 0;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 30 * 60_000) });
    if (!response.ok || !response.body) throw new UpdateDownloadError(`The update feed answered ${response.status} for ${url.href}.`);
    // A redirect must not take the download off https either (a CDN in front of the feed is fine).
    checkTransport(new URL(response.url || url.href));
    const handle = await open(partial, 'w', 0o600);
    try {
      for await (const chunk of response.body) {
        received += chunk.byteLength;
        if (received > file.size) throw new UpdateDownloadError(`${url.href} is larger than the ${file.size} bytes the feed lists; the download was deleted.`);
        hash.update(chunk);
        await handle.write(chunk);
      }
    } finally {
      await handle.close();
    }
  } catch (error) {
    await rm(partial, { force: true });
    if (error instanceof UpdateDownloadError) throw error;
    throw new UpdateDownloadError(`${url.href} could not be downloaded: ${error instanceof Error ? error.message : String(error)}.`);
  }
  const digest = hash.digest('base64');
  if (received !== file.size || digest !== file.sha512) {
    await rm(partial, { force: true });
    const what = received !== file.size ? `is ${received} bytes, not the ${file.size} the feed lists` : "does not match the feed's sha512";
    throw new UpdateDownloadError(`The download of ${options.release.version} ${what}; it was deleted and is not installed.`);
  }
  await rename(partial, target);
  return target;
}
