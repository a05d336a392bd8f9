/**
 * Where an incoming call takes the console (the screen pop), decided before the rep says hello.
 *
 * IVR-keyed identifiers win over the caller's number: a member ID opens the member if the rep may see
 * it (the backend refuses other clients' members), an MBI is searched. Then the caller's number, in
 * E.164, against members' phones: one match opens the member, several show a chooser (a household
 * sharing a line), none opens the search with the number typed in. A withheld number with nothing from
 * the IVR opens an empty search. A member pop starts fetching the record at once, so the header is on
 * screen as soon as the renderer asks (it joins the same request, or reads the cache it filled).
 */
import type { CallInfo } from '../../shared/calls/call-events';
import type { PopTarget } from '../../shared/calls/call-views';
import { MbiSchema, MemberIdSchema } from '../../shared/domain/primitives';
import { formatPhone } from '../../shared/lib/phone';
import { AppFailure } from '../../shared/ipc/result';
import type { Logger } from '../logging/create-logger';
import type { MemberService } from '../members/create-member-service';
import { readCallerNumber } from './read-caller-number';

/** The member lookups a pop needs. */
export type PopMembers = Pick<MemberService, 'search' | 'open'>;

const codeOf = (error: unknown): string => (error instanceof AppFailure ? error.code : 'UNKNOWN');

/** Decides one call's pop target; never throws (a failed lookup falls back to a search the rep can retry). */
export async function resolvePop(call: CallInfo, members: PopMembers, logger: Logger): Promise<PopTarget> {
  const { callId } = call;
  const warm = (memberId: string) => {
    members.open(memberId).catch((error: unknown) => logger.warn({ callId, code: codeOf(error) }, 'screen pop: could not fetch the member ahead of the screen'));
  };
  const fromResults = (results: Awaited<ReturnType<PopMembers['search']>>): PopTarget | null => {
    const [only, ...others] = results;
    if (!only) return null;
    if (others.length > 0) return { kind: 'choose', candidates: results };
    warm(only.summary.memberId);
    return { kind: 'member', memberId: only.summary.memberId };
  };

  const ivrMemberId = MemberIdSchema.safeParse(call.ivr?.memberId ?? '');
  if (ivrMemberId.success) {
    try {
      await members.open(ivrMemberId.data);
      return { kind: 'member', memberId: ivrMemberId.data };
    } catch (error) {
      logger.info({ callId, code: codeOf(error) }, 'screen pop: the IVR member ID did not open; trying the next key');
    }
  }
  const ivrMbi = MbiSchema.safeParse(call.ivr?.mbi ?? '');
  if (ivrMbi.success) {
    try {
      const target = fromResults(await members.search({ by: 'mbi', mbi: ivrMbi.data }));
      if (target) return target;
    } catch (error) {
      logger.info({ callId, code: codeOf(error) }, 'screen pop: the IVR MBI search failed; trying the caller number');
    }
  }

  const caller = readCallerNumber(call.ani);
  // With no usable number, the search shows what the IVR was given, so the rep need not ask again.
  const ivrText = ivrMemberId.success ? ivrMemberId.data : ivrMbi.success ? ivrMbi.data : null;
  if (caller.kind === 'withheld') return ivrText ? { kind: 'search', query: ivrText } : { kind: 'empty_search' };
  if (caller.kind === 'unreadable') {
    if (ivrText) return { kind: 'search', query: ivrText };
    return /^[\d\s().+-]+$/.test(caller.text) ? { kind: 'search', query: caller.text } : { kind: 'empty_search' };
  }
  const typed = formatPhone(caller.e164);
  try {
    return fromResults(await members.search({ by: 'phone', phone: caller.e164 })) ?? { kind: 'search', query: typed };
  } catch (error) {
    logger.warn({ callId, code: codeOf(error) }, 'screen pop: the caller number search failed; opening the search with the number');
    return { kind: 'search', query: typed };
  }
}
