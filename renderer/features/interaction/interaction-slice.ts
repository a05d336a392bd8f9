/**
 * The interaction with the caller as main last reported it (who is calling, how verified, notes as
 * saved, wrap-up), and the actions that ask main to change it. The screen never decides what the
 * caller may hear: after a verification main re-sends the member view, cut to the new disclosure.
 */
import type { InteractionView } from '../../../shared/calls/call-views';
import type { InvokeInput } from '../../../shared/ipc/contract';
import type { SliceTools } from '../../state/console-state';
import { describeFailure } from '../../state/describe-failure';

/** Interaction state and its actions; a failed action resolves with main's sentence, never throws. */
export interface InteractionSlice {
  /** Null between calls (and until main first answered). */
  readonly interaction: InteractionView | null;
  readonly verificationError: string | null;
  readonly isVerifying: boolean;
  loadInteraction(): Promise<void>;
  applyInteractionChanged(view: InteractionView | null): void;
  /** Resolves true when main recorded the verification. */
  verifyCaller(input: InvokeInput<'interactions:verify-caller'>): Promise<boolean>;
  /** The call is about this member after all (the rep opened another one). */
  identifyCallMember(memberId: string): Promise<void>;
  /** Resolves with when main saved, or main's reason it would not (a card number, the store down). */
  saveNotes(interactionId: string, notes: string): Promise<{ savedAt: string } | { error: string }>;
  /** Resolves with null when done, or main's reason. */
  finishWrapUp(input: InvokeInput<'interactions:finish-wrap-up'>): Promise<string | null>;
}

/** Builds the interaction slice; the notes in it are PHI, reset at sign-out. */
export function createInteractionSlice(tools: SliceTools): InteractionSlice {
  const { set, get, client } = tools;
  let loadTicket = 0;
  const empty = tools.holdsPhi({ interaction: null, verificationError: null, isVerifying: false }, () => (loadTicket += 1));
  const isCurrent = (interactionId: string) => get().interaction?.id === interactionId;

  return {
    ...empty,
    async loadInteraction() {
      const ticket = ++loadTicket;
      try {
        const view = await client.getCurrentInteraction();
        if (ticket === loadTicket) set({ interaction: view });
      } catch (error: unknown) {
        describeFailure(error, tools);
      }
    },
    applyInteractionChanged(view) {
      loadTicket += 1;
      const isSame = view !== null && get().interaction?.id === view.id;
      set({ interaction: view, ...(isSame ? {} : { verificationError: null }) });
    },
    async verifyCaller(input) {
      set({ isVerifying: true, verificationError: null });
      try {
        const view = await client.verifyCaller(input);
        set({ interaction: view, isVerifying: false });
        return true;
      } catch (error: unknown) {
        set({ isVerifying: false, verificationError: describeFailure(error, tools) });
        return false;
      }
    },
    async identifyCallMember(memberId) {
      try {
        set({ interaction: await client.identifyCallMember({ memberId }) });
      } catch (error: unknown) {
        set({ verificationError: describeFailure(error, tools) });
      }
    },
    async saveNotes(interactionId, notes) {
      try {
        const saved = await client.saveInteractionNotes({ interactionId, notes });
        const current = get().interaction;
        if (current && isCurrent(interactionId)) set({ interaction: { ...current, notes, notesSavedAt: saved.savedAt } });
        return saved;
      } catch (error: unknown) {
        return { error: describeFailure(error, tools) };
      }
    },
    async finishWrapUp(input) {
      try {
        await client.finishWrapUp(input);
        if (isCurrent(input.interactionId)) set({ interaction: null });
        return null;
      } catch (error: unknown) {
        return describeFailure(error, tools);
      }
    },
  };
}
