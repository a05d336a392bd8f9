/**
 * electron-updater behind the update service's engine interface, configured from IT's policy: the
 * generic feed and channel from `updates.*`, downgrades only to a pinned version, nothing downloaded
 * or installed on its own. electron-updater checks the sha512 of every download and, before running
 * it, the publisher's signature: on Windows the installer's Authenticode signer must be one of
 * `win.signtoolOptions.publisherName` (electron-builder.yml, written into app-update.yml); on macOS
 * Squirrel.Mac accepts only an update signed with the running app's Developer ID.
 */
import electronUpdater, { type UpdateInfo } from 'electron-updater';
import type { Logger } from '../logging/create-logger';
import { decideUpdate, type UpdatePolicy } from '../updates/decide-update';
import type { UpdateEngine } from '../updates/update-engine';
import { UpdateReleaseSchema } from '../updates/update-release';

export interface ElectronUpdateEngineOptions {
  readonly policy: UpdatePolicy;
  readonly currentVersion: string;
  readonly logger: Logger;
}

/** Null when policy leaves updates off (electron-updater is then never configured or asked). */
export function createElectronUpdateEngine({ policy, currentVersion, logger }: ElectronUpdateEngineOptions): UpdateEngine | null {
  if (!policy.enabled || policy.feedUrl === null) return null;
  const { autoUpdater } = electronUpdater;
  autoUpdater.logger = {
    info: (message?: unknown) => logger.info({ updater: String(message) }, 'electron-updater'),
    warn: (message?: unknown) => logger.warn({ updater: String(message) }, 'electron-updater'),
    error: (message?: unknown) => logger.error({ updater: String(message) }, 'electron-updater'),
  };
  // The feed URL comes from policy, never from the app-update.yml baked in at build time.
  autoUpdater.setFeedURL({ provider: 'generic', url: policy.feedUrl, channel: policy.channel === 'stable' ? 'latest' : policy.channel });
  // Our decision runs before electron-updater's own download: deferral and the pin must apply first.
  autoUpdater.autoDownload = false;
  autoUpdater.autoInstallOnAppQuit = false;
  // After setFeedURL (setting `channel` would turn downgrades on): only a pin may take an older version.
  autoUpdater.allowDowngrade = policy.pinnedVersion !== null;
  autoUpdater.isUpdateSupported = (info: UpdateInfo) => {
    const release = UpdateReleaseSchema.safeParse(info);
    return release.success && decideUpdate({ policy, currentVersion, feed: { ok: true, release: release.data, channelUrl: policy.feedUrl ?? '' }, now: new Date() }).kind === 'take';
  };

  return {
    async check() {
      try {
        const result = await autoUpdater.checkForUpdates();
        if (!result) return { ok: false, reason: 'Updates are inactive in an unpackaged console.' };
        const release = UpdateReleaseSchema.safeParse(result.updateInfo);
        if (!release.success) return { ok: false, reason: `The update feed's channel file does not describe a release (${release.error.issues[0]?.message ?? 'invalid'}).` };
        return { ok: true, release: release.data, channelUrl: policy.feedUrl ?? '' };
      } catch (error) {
        return { ok: false, reason: `The update feed could not be read: ${error instanceof Error ? error.message : String(error)}` };
      }
    },
    async download() {
      // Throws when the sha512 or (Windows) the publisher's signature does not match; the file is then discarded.
      await autoUpdater.downloadUpdate();
    },
    install() {
      // Silent (the installer shows no wizard) and the console starts again afterwards.
      autoUpdater.quitAndInstall(true, true);
    },
  };
}
