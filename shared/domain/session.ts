/** Who is signed in; the backend enforces the role, the console only adapts to it. */
import { z } from 'zod';
import { ClientIdSchema, IsoDateTimeSchema } from './primitives';

export const RoleSchema = z.enum(['rep', 'team_lead']);
export type Role = z.infer<typeof RoleSchema>;

export const UserSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]{1,63}$/),
  displayName: z.string().min(1),
  role: RoleSchema,
  /** The white-label clients the user may serve; the backend refuses the others. Absent when the backend does not say. */
  clientIds: z.array(ClientIdSchema).optional(),
});
export type User = z.infer<typeof UserSchema>;

export const SignInInputSchema = z.object({
  username: z.string().trim().min(1, 'Enter your user name.').max(64),
  password: z.string().min(1, 'Enter your password.').max(256),
});
export type SignInInput = z.infer<typeof SignInInputSchema>;

export const SessionSchema = z.object({
  user: UserSchema,
  signedInAt: IsoDateTimeSchema,
});
export type Session = z.infer<typeof SessionSchema>;
