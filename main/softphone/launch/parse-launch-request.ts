/**
 * Reads a launch hook — `repconsole://call?ani=…&callId=…[&memberId=…]` or
 * `rep-console --incoming-call <number>` — from a URL or a command line, into a ringing call event.
 *
 * Threat: any web page can open a repconsole:// link and any local program can start the console
 * with arguments, so nothing here is trusted: the URL's shape, every parameter and the number's
 * characters are checked, and anything else is refused with a reason (never echoing the input).
 */
import { randomUUID } from 'node:crypto';
import { CallIdSchema, CallInfoSchema, type CallEvent } from '../../../shared/calls/call-events';

/** The URL scheme the console registers with the OS. */
export const LAUNCH_PROTOCOL = 'repconsole';

/** What a launch asks for, or why it was refused; 'none' is an ordinary start with no call in it. */
export type LaunchRequestParse =
  | {
      kind: 'call';
      /** The caller's number (null when withheld), the phone system's call id when it gave one, an IVR member id. */
      request: { ani: string | null; callId: string | null; memberId: string | null };
      /** The same as a ringing event, its call id made up (`launch-<uuid>`) when none was given. */
      event: Extract<CallEvent, { type: 'ringing' }>;
    }
  | { kind: 'none' }
  | { kind: 'refused'; reason: string };

const MAX_URL_LENGTH = 2048;
const WITHHELD = new Set(['', 'anonymous', 'private', 'unknown', 'withheld', 'restricted']);
const NUMBER = /^\+?[\d\s().-]{3,40}$/;
const MEMBER_ID = /^[A-Za-z0-9-]{1,40}$/;
const refused = (reason: string): LaunchRequestParse => ({ kind: 'refused', reason });

function toCall(fields: { ani: string; callId?: string | null; memberId?: string | null; dnis?: string | null }, makeCallId: () => string): LaunchRequestParse {
  const ani = WITHHELD.has(fields.ani.trim().toLowerCase()) ? null : fields.ani.trim();
  if (ani !== null && !NUMBER.test(ani)) return refused('The caller number may hold only digits, spaces, + ( ) - and .');
  if (fields.dnis && !NUMBER.test(fields.dnis)) return refused('The dialled number may hold only digits, spaces, + ( ) - and .');
  if (fields.callId && !CallIdSchema.safeParse(fields.callId).success) return refused('The call id must be 1 to 128 printable characters without spaces.');
  if (fields.memberId && !MEMBER_ID.test(fields.memberId)) return refused('The member id may hold only letters, digits and dashes.');
  const callId = fields.callId || null;
  const memberId = fields.memberId || null;
  const call = CallInfoSchema.parse({
    callId: callId ?? makeCallId(),
    ani,
    dialledNumber: fields.dnis || null,
    direction: 'inbound',
    queue: null,
    agentExtension: null,
    ivr: memberId ? { memberId } : null,
  });
  return { kind: 'call', request: { ani, callId, memberId }, event: { type: 'ringing', call } };
}

function parseUrl(text: string, makeCallId: () => string): LaunchRequestParse {
  if (text.length > MAX_URL_LENGTH) return refused(`A launch link is at most ${MAX_URL_LENGTH} characters.`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return refused('The launch link is not a URL.');
  }
  if (url.protocol !== `${LAUNCH_PROTOCOL}:` || url.hostname !== 'call' || !['', '/'].includes(url.pathname) || url.username || url.password || url.port) {
    return refused('A launch link looks like repconsole://call?ani=<number>&callId=<id>.');
  }
  const fields: Record<string, string> = {};
  for (const [name, value] of url.searchParams) {
    if (!['ani', 'callId', 'memberId', 'dnis'].includes(name)) continue;
    if (name in fields) return refused('Each launch link parameter may appear once.');
    fields[name] = value;
  }
  if (fields.ani === undefined) return refused('A launch link needs ani (the caller number, or "anonymous").');
  return toCall({ ani: fields.ani, callId: fields.callId ?? null, memberId: fields.memberId ?? null, dnis: fields.dnis ?? null }, makeCallId);
}

function parseArgv(argv: readonly string[], makeCallId: () => string): LaunchRequestParse {
  for (let at = 0; at < argv.length; at += 1) {
    const arg = argv[at]!;
    if (arg.toLowerCase().startsWith(`${LAUNCH_PROTOCOL}:`)) return parseUrl(arg, makeCallId);
    if (arg === '--incoming-call') {
      const number = argv[at + 1];
      if (number === undefined || number.startsWith('--')) return refused('--incoming-call needs the caller number after it.');
      return toCall({ ani: number }, makeCallId);
    }
    if (arg.startsWith('--incoming-call=')) return toCall({ ani: arg.slice('--incoming-call='.length) }, makeCallId);
  }
  return { kind: 'none' };
}

/** Parses a launch URL (a string) or a process's argv (an array: any position, Chromium's own flags ignored). */
export function parseLaunchRequest(input: string | readonly string[], makeCallId: () => string = () => `launch-${randomUUID()}`): LaunchRequestParse {
  return typeof input === 'string' ? parseUrl(input, makeCallId) : parseArgv(input, makeCallId);
}
