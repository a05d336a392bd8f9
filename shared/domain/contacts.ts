/**
 * Contact history as one timeline: every call, IVR and web visit, letter and action on the record
 * (opt-in, opt-out, back-date, payment, refund) with its confirmation number, newest first, so the
 * next rep knows what was said and done and a caller never repeats what they already did online.
 */
import { z } from 'zod';
import { ConfirmationNumberSchema, IsoDateTimeSchema } from './primitives';

/** How the member was reached or reached us: a rep on the phone, the automated phone line (IVR), the website, a letter, chat. */
export const ContactChannelSchema = z.enum(['phone', 'ivr', 'web', 'mail', 'chat']);
export type ContactChannel = z.infer<typeof ContactChannelSchema>;

/** What an action changed on the record. */
export const ContactActionKindSchema = z.enum(['opt_in', 'opt_out', 'back_date', 'payment', 'refund']);
export type ContactActionKind = z.infer<typeof ContactActionKindSchema>;

export const ContactSchema = z.object({
  id: z.string().min(1),
  occurredAt: IsoDateTimeSchema,
  /**
   * `contact`: a conversation, visit or letter (a call, an IVR or web session, a notice mailed).
   * `action`: a change to the record with no contact note of its own (an opt-in a rep made, a
   * payment made online, a back-date), taken from the record itself.
   */
  kind: z.enum(['contact', 'action']),
  channel: ContactChannelSchema,
  direction: z.enum(['inbound', 'outbound']),
  agentName: z.string().min(1),
  reason: z.string().min(1),
  notes: z.string(),
  /** The action's, or the contact's own (an interaction saved from a call); null when none. */
  confirmationNumber: ConfirmationNumberSchema.nullable(),
  /** The action this entry is, or that was taken during this contact; null when none was. */
  actionKind: ContactActionKindSchema.nullable(),
});
export type Contact = z.infer<typeof ContactSchema>;

/** A contact as a backend stores it: the timeline adds `kind` and `actionKind` when it merges in the actions. */
export type ContactNote = Omit<Contact, 'kind' | 'actionKind'>;
