/**
 * What the update service needs from whatever fetches and installs: the Electron host's is
 * electron-updater (main/electron/create-electron-update-engine.ts, which also checks the publisher's
 * signature); this plain-Node one reads the feed itself, so the decisions are tested against a real feed.
 */
import { rm } from 'node:fs/promises';
import { downloadRelease } from './download-release';
import { readUpdateFeed, type FeedResult } from './read-update-feed';
import type { UpdateChannel, UpdateRelease } from './update-release';

export interface UpdateEngine {
  /** What the feed offers now, or why it could not be read (never throws). */
  check(): Promise<FeedResult>;
  /** Downloads `release` and verifies it; throws with a reason a person can read when it cannot be used. */
  download(release: UpdateRelease): Promise<void>;
  /** Quits and runs the verified installer; only ever called when no call holds the rep. */
  install(): void;
}

export interface FeedUpdateEngineOptions {
  readonly feedUrl: string;
  readonly channel: UpdateChannel;
  /** The console's own private folder for downloads (`<userData>/updates`). */
  readonly directory: string;
  /** Runs the verified installer (the web host cannot: it logs that a new build is needed). */
  readonly install: (installerPath: string) => void;
  readonly platform?: NodeJS.Platform;
  readonly arch?: string;
  readonly timeoutMs?: number;
}

/** The installer electron-updater would take on each OS (macOS updates from the zip, not the dmg). */
const EXTENSIONS: Partial<Record<NodeJS.Platform, readonly string[]>> = { win32: ['exe'], darwin: ['zip'], linux: ['AppImage', 'deb', 'rpm'] };

/** Reads `<feedUrl>/<channel file>`, downloads to `directory`, verifies sha512 and size. */
export function createFeedUpdateEngine(options: FeedUpdateEngineOptions): UpdateEngine {
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  let downloaded: string | null = null;
  return {
    check: () => readUpdateFeed({ feedUrl: options.feedUrl, channel: options.channel, platform, arch, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) }),
    async download(release) {
      const previous = downloaded;
      downloaded = null;
      const path = await downloadRelease({ release, feedUrl: options.feedUrl, directory: options.directory, extensions: EXTENSIONS[platform] ?? [], ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });
      // An installer superseded by another (the feed moved on, or a pin) is not left lying around.
      if (previous && previous !== path) await rm(previous, { force: true });
      downloaded = path;
    },
    install() {
      if (!downloaded) throw new Error('No verified installer has been downloaded.');
      options.install(downloaded);
    },
  };
}
