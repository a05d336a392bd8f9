/** Who main says is signed in; forgetting all PHI on every change keeps one rep's members off another's screen. */
import type { Session, SignInInput } from '../../../shared/domain/session';
import type { SignInOptions } from '../../../shared/ipc/views';
import { ApiError } from '../../api/api-error';
import type { SliceTools } from '../../state/console-state';
import { openInBrowser } from './open-in-browser';

/** Session state and the actions that ask main to change it. */
export interface SessionSlice {
  /** Null until getSession() answers, then main's session (or null when signed out). */
  readonly session: Session | null;
  readonly hasLoadedSession: boolean;
  /** How this console signs in (IT's provider, or the password form); null until main answers. */
  readonly signInOptions: SignInOptions | null;
  /** Why the sign-in screen is showing: a failed attempt, or main ending the session. */
  readonly sessionMessage: string | null;
  readonly isSigningIn: boolean;
  /** The provider page main last asked the browser to open, offered as a link in case no tab opened. */
  readonly providerPageUrl: string | null;
  loadSession(): Promise<void>;
  signIn(input: SignInInput): Promise<void>;
  /** Single sign-on: main opens the provider; this resolves when the browser came back (or the attempt ended). */
  signInWithProvider(): Promise<void>;
  cancelProviderSignIn(): Promise<void>;
  /** Main asked for a page in the system browser (web host: this browser, a new tab). */
  openProviderPage(url: string): void;
  signOut(): Promise<void>;
  /** Main said the session is over (NOT_SIGNED_IN): back to sign-in with its message. */
  endSession(message: string): void;
}

/** Builds the session slice. */
export function createSessionSlice({ set, get, client }: SliceTools): SessionSlice {
  // One reset over everything the slices registered as PHI (state/create-phi-registry.ts).
  const forgetMemberData = () => get().resetPhi();
  let isCancelledByRep = false;

  return {
    session: null,
    hasLoadedSession: false,
    signInOptions: null,
    sessionMessage: null,
    isSigningIn: false,
    providerPageUrl: null,

    async loadSession() {
      try {
        // Asked first: with a provider, getSession may sign the rep back in silently (the saved sign-in).
        const signInOptions = await client.getSignInOptions();
        const session = await client.getSession();
        set({ session, signInOptions, hasLoadedSession: true });
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

    async signInWithProvider() {
      if (get().isSigningIn) return;
      isCancelledByRep = false;
      set({ isSigningIn: true, sessionMessage: null, providerPageUrl: null });
      try {
        const session = await client.signInWithProvider();
        forgetMemberData();
        set({ session, isSigningIn: false, providerPageUrl: null });
      } catch (error: unknown) {
        const failure = ApiError.from(error);
        // The rep's own Cancel needs no alert; a timeout or a refusal does.
        const isQuiet = failure.code === 'SIGN_IN_CANCELLED' && isCancelledByRep;
        set({ isSigningIn: false, providerPageUrl: null, sessionMessage: isQuiet ? null : failure.message });
      }
    },

    async cancelProviderSignIn() {
      isCancelledByRep = true;
      try {
        await client.cancelProviderSignIn();
      } catch (error: unknown) {
        set({ sessionMessage: ApiError.from(error).message });
      }
    },

    openProviderPage(url) {
      set({ providerPageUrl: url });
      openInBrowser(url);
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
