/** A white-label client (health plan): its name and branding are always visible to the rep. */
import { z } from 'zod';
import { ClientIdSchema } from './primitives';

export const ClientSchema = z.object({
  id: ClientIdSchema,
  name: z.string().min(1),
  shortName: z.string().min(1).max(12),
  /** Member IDs of this client start with it. */
  memberIdPrefix: z.string().regex(/^[A-Z]{3}$/),
  /** Brand colour as #rrggbb; dark enough for white text (WCAG AA). */
  brandColor: z.string().regex(/^#[0-9a-f]{6}$/i),
  /** The phone number members call, read back on wrap-up. */
  memberServicesPhone: z.string(),
});
export type Client = z.infer<typeof ClientSchema>;
