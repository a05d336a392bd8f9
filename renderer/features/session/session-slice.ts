/** Who main says is signed in; forgetting all PHI on every change keeps one rep's members off another's screen. */
import type { Session, SignInInput } from '../../../shared/domain/session';
import { ApiError } from '../../api/api-error';
import type { SliceTools } from '../../state/console-state';

/** Session state and the actions that ask main to change it. */
export interface SessionSlice {
  /** Null until getSession() answers, then main's session (or null when signed out). */
  readonly session: Session | null;
  readonly hasLoadedSession: boolean;
  /** Why the sign-in screen is showing: a failed attempt, or main ending the session. */
  readonly sessionMessage: string | null;
  readonly isSigningIn: boolean;
  loadSession(): Promise<void>;
  signIn(input: SignInInput): Promise<void>;
  signOut(): Promise<void>;
  /** Main said the session is over (NOT_SIGNED_IN): back to sign-in with its message. */
  endSession(message: string): void;
}

/** Builds the session slice. */
export function createSessionSlice({ set, get, client }: SliceTools): SessionSlice {
  // One reset over everything the slices registered as PHI (state/create-phi-registry.ts).
  const forgetMemberData = () => get().resetPhi();

  return {
    session: null,
    hasLoadedSession: false,
    sessionMessage: null,
    isSigningIn: false,

    async loadSession() {
      try {
        const session = await client.getSession();
        set({ session, hasLoadedSession: true });
      } catch (error: unknown) {
        set({ session: null, hasLoadedSession: true, sessionMessage: ApiError.from(error).message });
      }
    },

    async signIn(input) {
      if (get().isSigningIn) return;
      set({ isSigningIn: true, sessionMessage: null });
      try {
        const session = await client.signIn(input);
        forgetMemberData();
        set({ session, isSigningIn: false });
      } catch (error: unknown) {
        set({ isSigningIn: false, sessionMessage: ApiError.from(error).message });
      }
    },

    async signOut() {
      let message: string | null = null;
      try {
        await client.signOut();
      } catch (error: unknown) {
        // The screen is cleared anyway: a rep who asked to sign out must not keep seeing PHI.
        message = ApiError.from(error).message;
      }
      forgetMemberData();
      set({ session: null, sessionMessage: message });
    },

    endSession(message) {
      if (!get().session) return;
      forgetMemberData();
      set({ session: null, sessionMessage: message });
    },
  };
}
