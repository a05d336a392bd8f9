/**
 * The call state machine as one pure function: idle → ringing → connected ⇄ held → ended. Replayed,
 * late and out-of-order events are refused with a reason instead of being applied twice, so every
 * driver may resend freely (a reconnecting link, a CTI feed replaying its backlog).
 */
import type { CallEvent, CallInfo } from '../../shared/calls/call-events';

/** Which way a call reached the console: only the local link can carry commands back. */
export type CallDriver = 'link' | 'launch' | 'cti';

/** One call as main knows it; `at` times are when main saw each event. */
export interface CallRecord {
  readonly info: CallInfo;
  readonly driver: CallDriver;
  readonly phase: 'ringing' | 'connected' | 'held' | 'ended';
  readonly ringAt: Date;
  readonly answeredAt: Date | null;
  readonly endedAt: Date | null;
  /** Set while held; hold time so far excludes the current hold. */
  readonly heldSince: Date | null;
  readonly holdMs: number;
  readonly isMuted: boolean;
  readonly isRecording: boolean;
  readonly endCause: string | null;
}

/** What a lifecycle event did, for the lifecycle listener. */
export type CallTransition =
  | { readonly kind: 'connected' | 'held' | 'resumed' }
  | { readonly kind: 'ended'; readonly wasAnswered: boolean; readonly cause?: string }
  /** Mute or recording changed: the call bar redraws, no lifecycle listener hears it. */
  | { readonly kind: 'updated' };

export type ApplyResult =
  | { readonly record: CallRecord; readonly transition: CallTransition }
  | { readonly ignored: string };

/** A new call, as its first `ringing` event makes it. */
export function startCallRecord(info: CallInfo, driver: CallDriver, at: Date): CallRecord {
  return { info, driver, phase: 'ringing', ringAt: at, answeredAt: null, endedAt: null, heldSince: null, holdMs: 0, isMuted: false, isRecording: false, endCause: null };
}

const heldFor = (record: CallRecord, at: Date): number => record.holdMs + (record.heldSince ? Math.max(0, at.getTime() - record.heldSince.getTime()) : 0);

/** Applies one event (other than the first `ringing` and secure capture) to a known call. */
export function applyCallEvent(record: CallRecord, event: CallEvent, at: Date): ApplyResult {
  const { phase } = record;
  if (phase === 'ended') return { ignored: `${event.type} after the call ended` };
  switch (event.type) {
    case 'ringing':
      return { ignored: 'ringing again for a known call' };
    case 'connected':
      if (phase !== 'ringing') return { ignored: `connected while ${phase}` };
      return { record: { ...record, phase: 'connected', answeredAt: at }, transition: { kind: 'connected' } };
    case 'held':
      if (phase !== 'connected') return { ignored: `held while ${phase}` };
      return { record: { ...record, phase: 'held', heldSince: at }, transition: { kind: 'held' } };
    case 'resumed':
      if (phase !== 'held') return { ignored: `resumed while ${phase}` };
      return { record: { ...record, phase: 'connected', heldSince: null, holdMs: heldFor(record, at) }, transition: { kind: 'resumed' } };
    case 'mute_changed':
      if (phase === 'ringing') return { ignored: 'mute before the call was answered' };
      if (record.isMuted === event.isMuted) return { ignored: 'mute unchanged' };
      return { record: { ...record, isMuted: event.isMuted }, transition: { kind: 'updated' } };
    case 'recording_changed':
      if (record.isRecording === event.isRecording) return { ignored: 'recording unchanged' };
      return { record: { ...record, isRecording: event.isRecording }, transition: { kind: 'updated' } };
    case 'ended': {
      const wasAnswered = record.answeredAt !== null;
      const ended: CallRecord = { ...record, phase: 'ended', endedAt: at, heldSince: null, holdMs: heldFor(record, at), isMuted: false, endCause: event.cause ?? null };
      return { record: ended, transition: { kind: 'ended', wasAnswered, ...(event.cause === undefined ? {} : { cause: event.cause }) } };
    }
    case 'secure_capture':
      return { ignored: 'secure capture is not a call transition' };
  }
}
