/**
 * Reads the channel file of IT's generic update feed. Every failure (feed down, an HTTP error, a
 * garbled file) comes back as a reason a person can act on: the console keeps running and tries later.
 */
import yaml from 'js-yaml';
import { channelFileName, UpdateReleaseSchema, type UpdateChannel, type UpdateRelease } from './update-release';

/** What the feed offers, or why it could not be read. */
export type FeedResult = { readonly ok: true; readonly release: UpdateRelease; readonly channelUrl: string } | { readonly ok: false; readonly reason: string };

export interface ReadUpdateFeedOptions {
  /** `updates.feedUrl`: the folder holding the channel files and installers. */
  readonly feedUrl: string;
  readonly channel: UpdateChannel;
  readonly platform?: NodeJS.Platform;
  readonly arch?: string;
  readonly timeoutMs?: number;
}

/** A channel file is a few hundred bytes; anything this big is not one. */
const MAX_CHANNEL_FILE_BYTES = 256 * 1024;

/** The feed folder as a base URL, so relative names resolve inside it. */
export function feedBase(feedUrl: string): URL {
  return new URL(feedUrl.endsWith('/') ? feedUrl : `${feedUrl}/`);
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
    return error.name === 'TimeoutError' ? 'it did not answer in time' : `${error.message}${cause}`;
  }
  return String(error);
}

/** Fetches and validates `<feedUrl>/<channel file>`; never throws. */
export async function readUpdateFeed(options: ReadUpdateFeedOptions): Promise<FeedResult> {
  const fileName = channelFileName(options.channel, options.platform ?? process.platform, options.arch ?? process.arch);
  const channelUrl = new URL(fileName, feedBase(options.feedUrl)).href;
  let text: string;
  try {
    const response = await fetch(channelUrl, { headers: { 'cache-control': 'no-cache' }, signal: AbortSignal.timeout(options.timeoutMs ?? 15_000) });
    if (!response.ok) return { ok: false, reason: `The update feed answered ${response.status} for ${channelUrl}.` };
    text = await response.text();
  } catch (error) {
    return { ok: false, reason: `The update feed ${channelUrl} could not be reached: ${describe(error)}.` };
  }
  if (text.length > MAX_CHANNEL_FILE_BYTES) return { ok: false, reason: `${channelUrl} is too large to be a channel file.` };
  let parsed: unknown;
  try {
    // CORE_SCHEMA: no timestamps or custom types, so an unquoted releaseDate stays the text electron-builder wrote.
    parsed = yaml.load(text, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    return { ok: false, reason: `${channelUrl} is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}.` };
  }
  const release = UpdateReleaseSchema.safeParse(parsed);
  if (!release.success) {
    const issue = release.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return { ok: false, reason: `${channelUrl} does not describe a release (${where}${issue?.message ?? 'invalid'}).` };
  }
  return { ok: true, release: release.data, channelUrl };
}
