/**
 * Sends a participation change (opt in, opt out, move the effective date) and shows the member as
 * main returned it: the renderer never patches its own copy of the record.
 *
 * The outcome is handed back to the screen that asked; nothing is kept here, so there is no second
 * copy of what happened to forget or to contradict the record.
 */
import type { InvokeInput } from '../../../shared/ipc/contract';
import type { ChangeView } from '../../../shared/ipc/views';
import { ApiError } from '../../api/api-error';
import type { SliceTools } from '../../state/console-state';
import { describeFailure } from '../../state/describe-failure';

/** One change as the contract takes it; the actionId inside is the screen's, reused on every retry. */
export type ChangeRequest =
  | { readonly kind: 'opt-in'; readonly input: InvokeInput<'participation:opt-in'> }
  | { readonly kind: 'opt-out'; readonly input: InvokeInput<'participation:opt-out'> }
  | { readonly kind: 'effective-date'; readonly input: InvokeInput<'participation:change-effective-date'> };

/** The action flows call to commit. */
export interface ParticipationSlice {
  /** Resolves with main's outcome (completed, pending approval or refused); throws ApiError when main could not be asked. */
  submitChange(request: ChangeRequest): Promise<ChangeView>;
  /** The rep closed a flow whose last attempt failed: main must not send that action again on its own. */
  abandonChange(actionId: string): void;
}

/** Builds the participation slice. */
export function createParticipationSlice(tools: SliceTools): ParticipationSlice {
  const { get, client } = tools;

  function send(request: ChangeRequest): Promise<ChangeView> {
    switch (request.kind) {
      case 'opt-in':
        return client.optInMember(request.input);
      case 'opt-out':
        return client.optOutMember(request.input);
      case 'effective-date':
        return client.changeEffectiveDate(request.input);
    }
  }

  return {
    abandonChange(actionId) {
      client.abandonChange({ actionId }).catch(() => undefined);
    },
    async submitChange(request) {
      try {
        const change = await send(request);
        if (change.view) get().applyMemberRefreshed(change.view);
        return change;
      } catch (error: unknown) {
        describeFailure(error, tools); // ends the session when main says it has ended
        throw ApiError.from(error);
      }
    },
  };
}
