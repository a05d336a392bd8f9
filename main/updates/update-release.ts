/**
 * One release as electron-builder describes it in a feed's channel file (latest.yml, pilot.yml…):
 * validated before anything is decided or downloaded, so a garbled or hostile file is a reason, not a crash.
 */
import { z } from 'zod';
import { isValidVersion } from './compare-versions';

/** sha512 of the file, base64, as electron-builder writes it and electron-updater checks it. */
const Sha512Schema = z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'sha512 must be the base64 SHA-512 electron-builder writes');

export const UpdateFileSchema = z.object({
  /** Relative to the feed folder (electron-builder's default) or absolute. */
  url: z.string().min(1).max(2048),
  sha512: Sha512Schema,
  size: z.number().int().positive(),
});
export type UpdateFile = z.infer<typeof UpdateFileSchema>;

export const UpdateReleaseSchema = z.object({
  version: z.string().refine(isValidVersion, 'version must be a version such as 1.4.2'),
  files: z.array(UpdateFileSchema).min(1, 'files must list at least one installer'),
  /** Older electron-updater fields, still written: the first file again. */
  path: z.string().min(1).optional(),
  sha512: Sha512Schema.optional(),
  releaseDate: z.iso.datetime({ offset: true, message: 'releaseDate must be an ISO date-time' }),
});
export type UpdateRelease = z.infer<typeof UpdateReleaseSchema>;

/** The update channels policy may choose (`updates.channel`). */
export type UpdateChannel = 'stable' | 'pilot';

/**
 * The channel file electron-updater's generic provider reads for this channel on this OS: stable is
 * "latest"; Windows has no suffix, macOS "-mac", Linux "-linux" plus the arch unless x64.
 */
export function channelFileName(channel: UpdateChannel, platform: NodeJS.Platform, arch: string): string {
  const name = channel === 'stable' ? 'latest' : channel;
  if (platform === 'win32') return `${name}.yml`;
  if (platform === 'darwin') return `${name}-mac.yml`;
  return `${name}-linux${arch === 'x64' ? '' : `-${arch}`}.yml`;
}
