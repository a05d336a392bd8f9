/** Contact history: every call, letter and web session, so the next rep knows what was said. */
import { z } from 'zod';
import { ConfirmationNumberSchema, IsoDateTimeSchema } from './primitives';

export const ContactSchema = z.object({
  id: z.string().min(1),
  occurredAt: IsoDateTimeSchema,
  channel: z.enum(['phone', 'mail', 'web', 'chat']),
  direction: z.enum(['inbound', 'outbound']),
  agentName: z.string().min(1),
  reason: z.string().min(1),
  notes: z.string(),
  confirmationNumber: ConfirmationNumberSchema.nullable(),
});
export type Contact = z.infer<typeof ContactSchema>;
