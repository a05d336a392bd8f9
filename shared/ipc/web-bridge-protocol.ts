/** Frames on the web host's loopback WebSocket: the same calls and events as Electron IPC, as JSON. */
import { z } from 'zod';
import type { WebBridgeMessage } from './web-bridge-protocol-constants';
import { AppErrorSchema } from './result';

export * from './web-bridge-protocol-constants';

export const WebBridgeRequestSchema = z
  .object({
    type: z.literal('invoke'),
    id: z.number().int().nonnegative(),
    channel: z.string().max(100),
    input: z.unknown().optional(),
  })
  .strict();
export type WebBridgeRequest = z.infer<typeof WebBridgeRequestSchema>;

export const WebBridgeMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('result'),
    id: z.number().int(),
    result: z.union([z.object({ ok: z.literal(true), value: z.unknown() }), z.object({ ok: z.literal(false), error: AppErrorSchema })]),
  }),
  z.object({ type: z.literal('event'), channel: z.string(), payload: z.unknown() }),
  z.object({ type: z.literal('credential'), credential: z.string().min(32) }),
]);
WebBridgeMessageSchema satisfies z.ZodType<WebBridgeMessage>;
