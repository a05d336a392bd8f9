/**
 * Reads one frame from a softphone and says exactly what is wrong with a bad one, so the link can
 * log a reason and answer with a stable code without ever echoing the frame (it may carry a number).
 */
import { z } from 'zod';
import { CallEventSchema } from '../calls/call-events';
import {
  CallEventMessageSchema,
  CommandResultMessageSchema,
  HelloMessageSchema,
  LINK_PROTOCOL_VERSION,
  LinkMessageIdSchema,
  PairMessageSchema,
  PingMessageSchema,
  SOFTPHONE_MESSAGE_TYPES,
  type LinkErrorCode,
  type SoftphoneMessage,
} from './link-protocol';

/** A parsed message, or a refusal; `ref` is set when the refusal concerns one event (a negative ack, not a close). */
export type ParsedSoftphoneMessage =
  | { ok: true; message: SoftphoneMessage }
  | { ok: false; code: LinkErrorCode; reason: string; ref?: string };

const SCHEMAS: Record<(typeof SOFTPHONE_MESSAGE_TYPES)[number], z.ZodType<SoftphoneMessage>> = {
  pair: PairMessageSchema,
  hello: HelloMessageSchema,
  call_event: CallEventMessageSchema,
  command_result: CommandResultMessageSchema,
  ping: PingMessageSchema,
};
const isSoftphoneType = (type: unknown): type is keyof typeof SCHEMAS => typeof type === 'string' && Object.hasOwn(SCHEMAS, type);

const EnvelopeSchema = z.object({ v: z.unknown(), type: z.unknown() });

/** Says where a schema refused a value, never what the value was. */
const describe = (error: z.ZodError): string => {
  const issue = error.issues[0];
  if (!issue) return 'Invalid message.';
  const where = issue.path.length > 0 ? issue.path.join('.') : 'message';
  return `${where}: ${issue.message}`.slice(0, 300);
};

/** Parses a softphone's frame as text; a refusal's `reason` is safe to log. */
export function parseSoftphoneMessage(text: string): ParsedSoftphoneMessage {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, code: 'bad_json', reason: 'The message is not JSON.' };
  }
  const envelope = EnvelopeSchema.safeParse(data);
  if (!envelope.success || data === null || Array.isArray(data)) {
    return { ok: false, code: 'bad_message', reason: 'A message is a JSON object with "v" and "type".' };
  }
  if (envelope.data.v !== LINK_PROTOCOL_VERSION) {
    return { ok: false, code: 'unsupported_version', reason: `This console speaks version ${LINK_PROTOCOL_VERSION} only.` };
  }
  const type = envelope.data.type;
  if (!isSoftphoneType(type)) {
    return { ok: false, code: 'unknown_type', reason: `Unknown message type; expected one of ${SOFTPHONE_MESSAGE_TYPES.join(', ')}.` };
  }
  const parsed = SCHEMAS[type].safeParse(data);
  if (parsed.success) return { ok: true, message: parsed.data };
  if (type === 'call_event') {
    const id = LinkMessageIdSchema.safeParse((data as { id?: unknown }).id);
    const event = CallEventSchema.safeParse((data as { event?: unknown }).event);
    if (id.success && !event.success) return { ok: false, code: 'bad_event', reason: `event.${describe(event.error)}`, ref: id.data };
  }
  return { ok: false, code: 'bad_message', reason: `${type}: ${describe(parsed.error)}` };
}
