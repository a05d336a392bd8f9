/**
 * The console user an ID token names, checked with the shared UserSchema: `sub` is the user id the
 * backend knows too, `name` the display name, and the two claims the backend acts on, `role` and
 * `client_ids`. A provider that sends neither a valid role nor an id gets a sentence for IT, never a
 * half-signed-in console.
 */
import { UserSchema, type User } from '../../shared/domain/session';
import { AppFailure } from '../../shared/ipc/result';

/** Maps ID token claims to the User; throws SIGN_IN_FAILED naming the claim that is wrong. */
export function readProviderUser(claims: Readonly<Record<string, unknown>> | undefined): User {
  const parsed = UserSchema.safeParse({
    id: claims?.sub,
    displayName: claims?.name ?? claims?.preferred_username ?? claims?.sub,
    role: claims?.role,
    ...(claims?.client_ids === undefined ? {} : { clientIds: claims.client_ids }),
  });
  if (parsed.success) return parsed.data;
  const field = parsed.error.issues[0]?.path[0];
  const claim = field === 'id' ? 'sub' : field === 'clientIds' ? 'client_ids' : field === 'displayName' ? 'name' : 'role';
  throw new AppFailure('SIGN_IN_FAILED', `Your company account signed you in, but its "${claim}" claim is not one Rep Console can use. Tell IT: the console needs sub, role (rep or team_lead) and client_ids.`);
}
