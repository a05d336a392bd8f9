/**
 * Routes a command to the driver that owns the call. Only the local link can carry one: a call that
 * came by a launch hook or through the backend's CTI feed is shown but cannot be answered, held or
 * hung up from the console, and the rep is told so in words, not with a button that does nothing.
 */
import type { CallCommand } from '../../shared/calls/call-events';
import { AppFailure } from '../../shared/ipc/result';
import type { SoftphoneLink } from './link/softphone-link';
import type { CallRecord } from './apply-call-event';

/** The part of the local link the router uses. */
export type CommandLink = Pick<SoftphoneLink, 'send' | 'view'>;

const NOT_CONTROLLABLE: Record<Exclude<CallRecord['driver'], 'link'>, string> = {
  launch: 'This call was handed to the console by your softphone, which the console cannot control. Use the softphone to answer, hold or hang up.',
  cti: 'This call came through the phone system’s CTI feed, which the console cannot control. Use your phone to answer, hold or hang up.',
};
const LINK_DOWN = 'Your softphone is not connected to the console. Use the softphone itself, or reconnect it (the call bar shows the link).';

/** True when a command for this call would reach a phone. */
export function canControlCall(record: CallRecord, link: CommandLink | null): boolean {
  return record.driver === 'link' && link !== null && link.view().state === 'connected';
}

/** Throws CALL_NOT_CONTROLLABLE, in words for the rep, when no command for this call would reach a phone. */
export function assertCanControl(record: CallRecord, link: CommandLink | null): void {
  if (record.driver !== 'link') throw new AppFailure('CALL_NOT_CONTROLLABLE', NOT_CONTROLLABLE[record.driver]);
  if (!canControlCall(record, link)) throw new AppFailure('CALL_NOT_CONTROLLABLE', LINK_DOWN);
}

/** Sends one command for `record`; throws CALL_NOT_CONTROLLABLE when nothing can carry it. */
export function sendCallCommand(record: CallRecord, command: CallCommand, link: CommandLink | null): void {
  assertCanControl(record, link);
  if (!link?.send(command)) throw new AppFailure('CALL_NOT_CONTROLLABLE', LINK_DOWN);
}
