/**
 * The local softphone link's messages: versioned JSON over a loopback WebSocket, one schema per
 * message, so the console, the simulator, the JSON Schema in docs/ and a telephony team's connector
 * all read the same definition. docs/softphone-protocol.md explains the flow.
 */
import { z } from 'zod';
import { CallCommandSchema, CallEventSchema } from '../calls/call-events';
import { LINK_ERROR_CODES, LINK_PROTOCOL_VERSION } from './link-protocol-constants';

export * from './link-protocol-constants';

const Version = z.literal(LINK_PROTOCOL_VERSION);
const Printable = (max: number) => z.string().min(1).max(max).regex(/^[^\u0000-\u001f\u007f]*$/, 'No control characters.');

/** A message id: unique per sender for the connection's pairing (a UUID or a counter both fit). */
export const LinkMessageIdSchema = z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'An id is 1 to 64 letters, digits or _ . : -');
/** The six digits the console shows; typed into the softphone once. */
export const PairingCodeSchema = z.string().regex(/^\d{6}$/, 'A pairing code is six digits.');
/** The secret a paired softphone presents: 32 random bytes, base64url without padding. */
export const LinkTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'A token is 43 base64url characters.');
/** Who is connecting, as shown to the rep ("connected to Acme Phone"). */
export const SoftphoneInfoSchema = z.object({ name: Printable(80), version: Printable(40) }).strict();
export type SoftphoneInfo = z.infer<typeof SoftphoneInfoSchema>;

/** A refusal's stable code and a sentence for a person reading a connector's log. */
export const LinkErrorSchema = z
  .object({ code: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/), message: Printable(300) })
  .strict();
export type LinkError = z.infer<typeof LinkErrorSchema>;

const message = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ v: Version, type: z.literal(type), ...shape }).strict();
const outcome = <T extends string>(type: T) =>
  z.union([
    message(type, { id: LinkMessageIdSchema, ok: z.literal(true) }),
    message(type, { id: LinkMessageIdSchema, ok: z.literal(false), error: LinkErrorSchema }),
  ]);

/** First connection: the code the rep read off the console. Answered by `paired` then `welcome`. */
export const PairMessageSchema = message('pair', { code: PairingCodeSchema, softphone: SoftphoneInfoSchema });
/** Every later connection: the token from `paired`. Answered by `welcome`. */
export const HelloMessageSchema = message('hello', { token: LinkTokenSchema, softphone: SoftphoneInfoSchema });
/** Something happened to a call. The console answers each with an `ack` of the same id. */
export const CallEventMessageSchema = message('call_event', { id: LinkMessageIdSchema, event: CallEventSchema });
/** The softphone carried out (or could not carry out) the console's `command` with this id. */
export const CommandResultMessageSchema = outcome('command_result');
/** Liveness from the softphone's side; the console answers `pong` with the same id. */
export const PingMessageSchema = message('ping', { id: LinkMessageIdSchema.optional() });

/** Everything a softphone may send. */
export const SoftphoneMessageSchema = z.union([
  PairMessageSchema,
  HelloMessageSchema,
  CallEventMessageSchema,
  CommandResultMessageSchema,
  PingMessageSchema,
]);
export type SoftphoneMessage = z.infer<typeof SoftphoneMessageSchema>;

/** The pairing worked: keep this token (in the OS key store) and present it in `hello` from now on. */
export const PairedMessageSchema = message('paired', { token: LinkTokenSchema });
/** The connection is live: events may flow and commands may come. */
export const WelcomeMessageSchema = message('welcome', {
  /** The rep's extension when the console knows it; null otherwise. */
  agentExtension: z.string().max(20).nullable(),
});
/** The console received the `call_event` with this id; a negative ack means "dropped, do not resend". */
export const AckMessageSchema = outcome('ack');
/** The console asks the softphone to act; answered by `command_result` with the same id. */
export const CommandMessageSchema = message('command', { id: LinkMessageIdSchema, command: CallCommandSchema });
/** The console refuses the connection; a WebSocket close follows at once. */
export const ErrorMessageSchema = message('error', { code: z.enum(LINK_ERROR_CODES), message: Printable(300) });
export const PongMessageSchema = message('pong', { id: LinkMessageIdSchema.optional() });

/** Everything the console may send. */
export const ConsoleMessageSchema = z.union([
  PairedMessageSchema,
  WelcomeMessageSchema,
  AckMessageSchema,
  CommandMessageSchema,
  ErrorMessageSchema,
  PongMessageSchema,
]);
export type ConsoleMessage = z.infer<typeof ConsoleMessageSchema>;

/** Message type names each side may send, for telling "unknown type" apart from "bad fields". */
export const SOFTPHONE_MESSAGE_TYPES = ['pair', 'hello', 'call_event', 'command_result', 'ping'] as const;
export const CONSOLE_MESSAGE_TYPES = ['paired', 'welcome', 'ack', 'command', 'error', 'pong'] as const;
