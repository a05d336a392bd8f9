/**
 * Wires the calls area for the console services: the local softphone link on loopback, the backend's
 * CTI feed (started with the rep's session, stopped when it ends), the launch hooks, and the call
 * service they all feed. Kept out of create-console-services so that file stays a short list.
 */
import { join } from 'node:path';
import type { AgentView } from '../../shared/calls/call-views';
import type { CacheKeyStore } from '../cache/key-store';
import type { EventBus } from '../events/create-event-bus';
import type { Logger } from '../logging/create-logger';
import type { Config } from '../policy/config-schema';
import type { CallLifecycleListener } from './call-lifecycle';
import { createCallHandlers } from './create-call-handlers';
import { createCtiFeed, type CtiFeed } from './cti/create-cti-feed';
import { createCallService, type CallService } from './create-call-service';
import type { LaunchCallRequest } from './launch-call-events';
import { createPairingStore } from './link/create-pairing-store';
import { createSoftphoneLink } from './link/create-softphone-link';
import type { SoftphoneLink } from './link/softphone-link';
import type { PopMembers } from './resolve-pop';

export interface ComposedCalls {
  readonly calls: CallService;
  /** The local link, for the pairing handlers. */
  readonly link: SoftphoneLink;
  readonly handlers: ReturnType<typeof createCallHandlers>;
  /** The port the softphone link listens on, once bound; null when it could not bind. */
  readonly linkPort: Promise<number | null>;
  deliverLaunchRequest(request: LaunchCallRequest): void;
  /** A rep signed in: the CTI feed starts with their token. */
  signedIn(sessionToken: string): void;
  /** The session ended (sign-out or expiry): the CTI feed stops. */
  signedOut(): void;
  close(): Promise<void>;
}

export interface ComposeCallsDeps {
  readonly config: Config;
  readonly userDataDir: string;
  readonly keyStore: CacheKeyStore;
  readonly events: EventBus;
  readonly logger: Logger;
  readonly members: PopMembers;
  readonly isSignedIn: () => boolean;
  readonly listener?: () => CallLifecycleListener;
  readonly agentView?: () => AgentView;
}

/** Creates the link (listening at once), the feed and the call service. */
export function composeCalls(deps: ComposeCallsDeps): ComposedCalls {
  const { logger } = deps;
  // The service first: the link and the feed may report as soon as they exist (even while being built).
  let linkReady: SoftphoneLink | null = null;
  let cti: CtiFeed | null = null;
  const calls = createCallService({
    events: deps.events,
    logger,
    members: deps.members,
    isSignedIn: deps.isSignedIn,
    link: () => linkReady,
    ctiFeedState: () => cti?.state() ?? 'off',
    ...(deps.agentView ? { agentView: deps.agentView } : {}),
    ...(deps.listener ? { listener: deps.listener } : {}),
  });
  const link = createSoftphoneLink({
    port: deps.config.softphone.linkPort,
    pairingCodeTtlSeconds: deps.config.softphone.pairingCodeTtlSeconds,
    logger,
    pairingStore: createPairingStore({ filePath: join(deps.userDataDir, 'softphone', 'pairing.bin'), keyStore: deps.keyStore, onWarning: (message) => logger.warn(message) }),
    onEvent: (event) => calls.handleEvent(event, 'link'),
    onChanged: () => calls.notifyChanged(),
    onCommandResult: (command, outcome) => {
      if (!outcome.ok) logger.warn({ type: command.type, code: outcome.error.code }, 'the softphone could not carry out a command');
    },
  });
  linkReady = link;
  // Calls a phone system pushes through the backend (generic CTI webhook), for the signed-in rep only.
  const backendUrl = deps.config.backend.url;
  cti = backendUrl
    ? createCtiFeed({
        baseUrl: backendUrl,
        logger,
        onEvent: (event) => calls.handleEvent(event, 'cti'),
        onState: () => calls.notifyChanged(),
        onApprovalDecided: (event) => deps.events.emit('approvals:decided', event),
        onRefused: () => logger.warn('the backend refused the CTI feed for this session; it stays off until the next sign-in'),
      })
    : null;
  const linkPort = link.listen().then(
    ({ port }) => {
      logger.info({ port }, 'softphone link listening on loopback');
      return port;
    },
    (error: unknown) => {
      logger.error({ err: error, port: deps.config.softphone.linkPort }, 'the softphone link could not listen; calls come only by launch hooks and the CTI feed');
      return null;
    },
  );

  return {
    calls,
    link,
    handlers: createCallHandlers(calls),
    linkPort,
    deliverLaunchRequest: (request) => calls.deliverLaunchRequest(request),
    signedIn(sessionToken) {
      cti?.start(sessionToken);
    },
    signedOut() {
      cti?.stop();
    },
    async close() {
      cti?.stop();
      await link.close();
    },
  };
}
