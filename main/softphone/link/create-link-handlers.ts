/**
 * The pairing screen's handlers: the link's state, a new pairing code, forgetting the paired softphone.
 * A code lets a program drive the rep's calls, so only a signed-in rep may make one or forget one.
 */
import type { LinkView } from '../../../shared/calls/call-views';
import { AppFailure } from '../../../shared/ipc/result';
import type { InvokeHandlers } from '../../ipc/handlers';
import type { Logger } from '../../logging/create-logger';
import type { SoftphoneLink, SoftphoneLinkView } from './softphone-link';

type LinkHandlers = Pick<InvokeHandlers, 'softphone:get-link' | 'softphone:new-pairing-code' | 'softphone:forget'>;

/** What the handlers need; `ctiFeed` is the backend feed's state, owned by the calls area. */
export interface LinkHandlerDeps {
  readonly link: Pick<SoftphoneLink, 'view' | 'newPairingCode' | 'forget'>;
  readonly ctiFeed: () => LinkView['ctiFeed'];
  readonly isSignedIn: () => boolean;
  readonly logger: Logger;
}

/** Builds the three handlers. */
export function createLinkHandlers(deps: LinkHandlerDeps): LinkHandlers {
  const withFeed = (view: SoftphoneLinkView): LinkView => ({ ...view, ctiFeed: deps.ctiFeed() });
  const requireSignedIn = () => {
    if (!deps.isSignedIn()) throw new AppFailure('NOT_SIGNED_IN', 'Sign in to pair or forget a softphone.');
  };
  return {
    'softphone:get-link': async () => withFeed(deps.link.view()),
    'softphone:new-pairing-code': async () => {
      requireSignedIn();
      const view = deps.link.newPairingCode();
      deps.logger.info({ expiresAt: view.pairing?.expiresAt }, 'softphone pairing code made');
      return withFeed(view);
    },
    'softphone:forget': async () => {
      requireSignedIn();
      deps.logger.info('softphone pairing forgotten by the rep');
      return withFeed(deps.link.forget());
    },
  };
}
