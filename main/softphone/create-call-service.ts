/**
 * Calls in main, composed: every driver's events into the one call model, the screen pop, commands
 * back to the driver that owns the call, recording and secure capture for payments, and the state the
 * call bar renders (pushed as `calls:changed` on every change). Drivers are ports: the local link, the
 * backend's CTI feed and the launch hooks each feed `handleEvent` and know nothing of the others.
 */
import { randomUUID } from 'node:crypto';
import type { CallCommand, CallEvent } from '../../shared/calls/call-events';
import type { AgentView, CallsState, LinkView } from '../../shared/calls/call-views';
import { AppFailure } from '../../shared/ipc/result';
import type { EventBus } from '../events/create-event-bus';
import type { Logger } from '../logging/create-logger';
import type { CallDriver, CallRecord } from './apply-call-event';
import { IGNORING_LIFECYCLE_LISTENER, type CallLifecycleListener } from './call-lifecycle';
import { createCallModel } from './call-model';
import { createScreenPop } from './create-screen-pop';
import { createSecureCaptures } from './create-secure-captures';
import { launchCallEvents, type LaunchCallRequest } from './launch-call-events';
import { resolvePop, type PopMembers } from './resolve-pop';
import { assertCanControl, canControlCall, sendCallCommand, type CommandLink } from './send-call-command';
import { toCallCommand, type CallAction } from './to-call-command';
import { toCallView } from './to-call-view';

/** Calls as the handlers, the hosts and the other services use them. */
export interface CallService {
  /** One event from a driver, already checked against CallEventSchema by that driver. */
  handleEvent(event: CallEvent, driver: CallDriver): void;
  /** A launch hook fired (the Electron host's second instance, the protocol handler, tests). */
  deliverLaunchRequest(request: LaunchCallRequest): void;
  state(): CallsState;
  /** Something the call bar shows changed outside the call model (link, CTI feed, agent state). */
  notifyChanged(): void;
  /** A call control for the call on screen; throws when it cannot be carried out. */
  command(action: CallAction, target?: string): void;
  /** Pauses or resumes recording on the call on screen; false when no paired softphone can (a manual checkpoint then). */
  setRecording(isPaused: boolean): boolean;
  startSecureCapture(): string;
  stopSecureCapture(captureId: string): void;
  /** Any other command (set_agent_state) to the paired softphone; false when none is connected. */
  sendToSoftphone(command: CallCommand): boolean;
}

export interface CallServiceDeps {
  readonly events: EventBus;
  readonly logger: Logger;
  readonly members: PopMembers;
  readonly isSignedIn: () => boolean;
  /** The local link, once it exists; null leaves the link unpaired in the view. */
  readonly link: () => CommandLink | null;
  readonly ctiFeedState?: () => LinkView['ctiFeed'];
  /** The rep's own state, owned by the interactions service. */
  readonly agentView?: () => AgentView;
  readonly listener?: () => CallLifecycleListener;
  readonly now?: () => Date;
}

/** The same number handed over again by a launch hook within this long is the same call. */
const LAUNCH_REPEAT_MS = 60_000;

/** Creates the service with no call (idle). */
export function createCallService(deps: CallServiceDeps): CallService {
  const { events, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const startedAt = now().toISOString();
  const listener = deps.listener ?? (() => IGNORING_LIFECYCLE_LISTENER);
  const agentView = deps.agentView ?? (() => ({ state: 'available', awayReason: null, since: startedAt }) satisfies AgentView);
  const captures = createSecureCaptures({ emit: (view) => events.emit('calls:secure-capture-changed', view), logger });
  const isLive = (callId: string) => (model.get(callId)?.phase ?? 'ended') !== 'ended';
  const pop = createScreenPop({
    resolve: (call) => resolvePop(call, deps.members, logger),
    isSignedIn: deps.isSignedIn,
    isLive,
    onPopped: (callId, target) => {
      events.emit('calls:popped', { callId, target });
      try {
        listener().onPopped(callId, target);
      } catch (error) {
        logger.error({ err: error, callId }, 'call lifecycle listener failed: onPopped');
      }
    },
    logger,
  });
  const model = createCallModel({ listener, onNewCall: (record) => pop(record.info), onChanged: () => service.notifyChanged(), logger, now });

  function requireCall(): CallRecord {
    const call = model.current();
    if (!call || call.phase === 'ended') throw new AppFailure('NOT_FOUND', 'There is no call in progress.');
    return call;
  }

  const service: CallService = {
    handleEvent(event, driver) {
      if (event.type === 'secure_capture') {
        captures.handle(event);
        return;
      }
      if (event.type === 'ringing') {
        // A launch call never hears its end: the next call is the only sign the last one is over.
        const last = model.current();
        if (last && last.driver === 'launch' && last.phase !== 'ended' && last.info.callId !== event.call.callId) {
          model.apply({ type: 'ended', callId: last.info.callId, cause: 'next_call' }, 'launch');
        }
      }
      model.apply(event, driver);
      if (event.type === 'ended') captures.endCall(event.callId);
    },

    deliverLaunchRequest(request) {
      const last = model.current();
      const isRepeat = last !== null && last.driver === 'launch' && last.phase !== 'ended' && last.info.ani === request.ani
        && now().getTime() - last.ringAt.getTime() < LAUNCH_REPEAT_MS;
      const eventsFor = launchCallEvents(request, isRepeat ? last.info.callId : `launch-${randomUUID()}`);
      if (!eventsFor) {
        logger.warn('launch request ignored: its call id or number is not usable');
        return;
      }
      for (const event of eventsFor) service.handleEvent(event, 'launch');
    },

    state() {
      const link = deps.link();
      const linkView = link?.view() ?? { state: 'unpaired', softphoneName: null, pairing: null, since: startedAt };
      const call = model.current();
      return {
        link: { ...linkView, ctiFeed: deps.ctiFeedState?.() ?? 'off' },
        call: call ? toCallView(call, canControlCall(call, link)) : null,
        agent: agentView(),
      };
    },

    notifyChanged() {
      events.emit('calls:changed', service.state());
    },

    command(action, target) {
      const call = requireCall();
      // "This call cannot be controlled here" first: it is the answer whatever was pressed.
      assertCanControl(call, deps.link());
      sendCallCommand(call, toCallCommand(call, action, target), deps.link());
    },

    setRecording(isPaused) {
      const call = model.current();
      if (!call || call.phase === 'ended' || !canControlCall(call, deps.link())) return false;
      const { callId } = call.info;
      return deps.link()?.send(isPaused ? { type: 'pause_recording', callId } : { type: 'resume_recording', callId }) ?? false;
    },

    startSecureCapture() {
      const call = requireCall();
      assertCanControl(call, deps.link());
      if (call.phase === 'ringing') throw new AppFailure('INVALID_INPUT', 'Answer the call before starting secure card entry.');
      const captureId = captures.start(call.info.callId);
      sendCallCommand(call, { type: 'start_secure_capture', callId: call.info.callId, captureId }, deps.link());
      return captureId;
    },

    stopSecureCapture(captureId) {
      const callId = captures.callOf(captureId);
      const call = callId ? model.get(callId) : null;
      if (!call) throw new AppFailure('NOT_FOUND', 'That secure card entry is not running.');
      sendCallCommand(call, { type: 'stop_secure_capture', callId: call.info.callId, captureId }, deps.link());
    },

    sendToSoftphone(command) {
      return deps.link()?.send(command) ?? false;
    },
  };
  return service;
}
