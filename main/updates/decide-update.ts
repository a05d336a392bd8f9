/**
 * The update decision IT's policy asks for, as a pure function of the policy, this console's version,
 * what the feed offers and the time: no update when off, nothing but the pinned version when pinned
 * (a downgrade to it included), nothing before the deferral has passed, and a reason for every "no".
 */
import type { Config } from '../policy/config-schema';
import { compareVersions } from './compare-versions';
import type { FeedResult } from './read-update-feed';
import type { UpdateRelease } from './update-release';

/** The `updates` section of the policy. */
export type UpdatePolicy = Config['updates'];

export type UpdateDecision =
  /** Policy turned updates off, or named no feed: nothing is ever fetched. */
  | { readonly kind: 'off'; readonly reason: string }
  /** The feed could not be read: keep running, look again later. */
  | { readonly kind: 'retry_later'; readonly reason: string }
  /** Nothing to take now (up to date, deferred, or not the pinned version). */
  | { readonly kind: 'stay'; readonly reason: string; readonly version?: string }
  | { readonly kind: 'take'; readonly release: UpdateRelease; readonly isDowngrade: boolean; readonly reason: string };

const DAY_MS = 24 * 60 * 60 * 1000;

/** Off before anything is fetched; null when the policy lets the console look at the feed. */
export function decideWithoutFeed(policy: UpdatePolicy): Extract<UpdateDecision, { kind: 'off' }> | null {
  if (!policy.enabled) return { kind: 'off', reason: 'Updates are turned off by policy (updates.enabled).' };
  if (policy.feedUrl === null) return { kind: 'off', reason: 'No update feed is configured (updates.feedUrl).' };
  return null;
}

export interface DecideUpdateInput {
  readonly policy: UpdatePolicy;
  readonly currentVersion: string;
  readonly feed: FeedResult;
  readonly now: Date;
}

/** Decides what to do with what the feed offers. */
export function decideUpdate({ policy, currentVersion, feed, now }: DecideUpdateInput): UpdateDecision {
  const off = decideWithoutFeed(policy);
  if (off) return off;
  if (!feed.ok) return { kind: 'retry_later', reason: feed.reason };
  const { release } = feed;
  const { version } = release;
  const order = compareVersions(version, currentVersion);
  if (policy.pinnedVersion !== null) {
    if (compareVersions(currentVersion, policy.pinnedVersion) === 0) return { kind: 'stay', reason: `This console already runs ${currentVersion}, the version policy pins.` };
    if (compareVersions(version, policy.pinnedVersion) !== 0) {
      return { kind: 'stay', version, reason: `Policy pins ${policy.pinnedVersion}; the ${policy.channel} feed offers ${version}.` };
    }
  } else if (order <= 0) {
    return { kind: 'stay', reason: order === 0 ? `Up to date (${currentVersion}).` : `Up to date: the ${policy.channel} feed offers ${version}, older than ${currentVersion}.` };
  }
  if (policy.deferralDays > 0) {
    const due = new Date(Date.parse(release.releaseDate) + policy.deferralDays * DAY_MS);
    if (now < due) return { kind: 'stay', version, reason: `${version} is deferred by policy until ${due.toISOString()} (${policy.deferralDays} days after its release).` };
  }
  const isDowngrade = order < 0;
  return { kind: 'take', release, isDowngrade, reason: isDowngrade ? `Policy pins ${version}, older than ${currentVersion}.` : `${version} is available on the ${policy.channel} channel.` };
}
