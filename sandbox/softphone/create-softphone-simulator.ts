/**
 * A desktop softphone for demos and tests: pairs over the local link, rings calls with a caller's
 * number and IVR data, and answers the console's commands the way a real phone would (an answer
 * command connects the call and says so). One call at a time, like a rep's phone.
 */
import { randomUUID } from 'node:crypto';
import type { CallCommand, CallEvent, CallInfo, IvrData } from '../../shared/calls/call-events';
import type { LinkError } from '../../shared/softphone/link-protocol';
import { createLinkConnection, type LinkConnectionState } from './create-link-connection';
import { runSecureCapture } from './run-secure-capture';
import { DEFAULT_TEST_CARD, tokeniseTestCard, type TestCard, type TokeniseOutcome } from './tokenise-test-card';

export interface SoftphoneSimulatorOptions {
  /** The console's link, e.g. ws://127.0.0.1:47615/softphone. */
  readonly url: string;
  readonly name?: string;
  readonly version?: string;
  /** The payment processor the "telephony side" tokenises keyed cards with (sandbox stand-in). */
  readonly processorUrl?: string | null;
  /** Replaces the processor call (tests). */
  readonly tokenise?: (card: TestCard) => Promise<TokeniseOutcome>;
  /** Carry out commands and report the result as a phone would; default true. */
  readonly autoRespond?: boolean;
  readonly keyDelayMs?: number;
  readonly backoff?: { readonly initialMs: number; readonly maxMs: number };
  readonly onState?: (state: LinkConnectionState, detail?: string) => void;
}

/** What `ring` takes: the caller's number (null when withheld) and what the IVR collected. */
export interface RingOptions {
  readonly ani: string | null;
  readonly callId?: string;
  readonly queue?: string;
  readonly dialledNumber?: string;
  readonly ivr?: IvrData;
}

/** Which event a command becomes when the phone carries it out. */
function eventFor(command: Exclude<CallCommand, { type: 'set_agent_state' }>): CallEvent | null {
  const { callId } = command;
  switch (command.type) {
    case 'answer': return { type: 'connected', callId };
    case 'hold': return { type: 'held', callId };
    case 'resume': return { type: 'resumed', callId };
    case 'mute': return { type: 'mute_changed', callId, isMuted: command.isMuted };
    case 'transfer': return { type: 'ended', callId, cause: 'TRANSFERRED' };
    case 'hang_up': return { type: 'ended', callId, cause: 'NORMAL_CLEARING' };
    case 'pause_recording': return { type: 'recording_changed', callId, isRecording: false };
    case 'resume_recording': return { type: 'recording_changed', callId, isRecording: true };
    default: return null;
  }
}

/** Creates a simulator; pair() or connect() opens the link. */
export function createSoftphoneSimulator(options: SoftphoneSimulatorOptions) {
  const listeners = new Set<(command: CallCommand) => void>();
  const cancelled = new Set<string>();
  let call: string | null = null;
  let agentExtension: string | null = null;
  let card: TestCard = DEFAULT_TEST_CARD;
  const tokenise = options.tokenise ?? ((keyed: TestCard) => tokeniseTestCard(options.processorUrl ?? null, keyed));
  const link = createLinkConnection({
    url: options.url,
    softphone: { name: options.name ?? 'Sandbox Softphone', version: options.version ?? '1.0.0' },
    ...(options.onState ? { onState: options.onState } : {}),
    ...(options.backoff ? { backoff: options.backoff } : {}),
    onWelcome: (extension) => (agentExtension = extension),
    onCommand: ({ id, command }) => {
      for (const listener of listeners) listener(command);
      // A reply lost to a closing link is not an error of the phone: the console hears the state on reconnect.
      if (options.autoRespond !== false) carryOut(id, command).catch(() => undefined);
    },
  });

  const report = (event: CallEvent) => {
    if (event.type === 'ended' && event.callId === call) call = null;
    return link.report(event);
  };
  const current = (): string => {
    if (!call) throw new Error('No call is in progress: ring one first.');
    return call;
  };

  async function carryOut(id: string, command: CallCommand): Promise<void> {
    const refuse = (error: LinkError) => link.result(id, error);
    if (command.type === 'set_agent_state') return link.result(id);
    if (command.callId !== call) return refuse({ code: 'no_such_call', message: 'That call is not on this phone.' });
    if (command.type === 'stop_secure_capture') {
      cancelled.add(command.captureId);
      return link.result(id);
    }
    link.result(id);
    if (command.type === 'start_secure_capture') {
      const { callId, captureId } = command;
      return runSecureCapture({ callId, captureId, card, report, tokenise, isCancelled: () => cancelled.has(captureId), ...(options.keyDelayMs ? { keyDelayMs: options.keyDelayMs } : {}) });
    }
    const event = eventFor(command);
    if (event) await report(event);
  }

  return {
    pair: (code: string) => link.pair(code),
    connect: (token: string) => link.connect(token),
    close: () => link.close(),
    get token() {
      return link.token;
    },
    get state() {
      return link.state;
    },
    get callId() {
      return call;
    },
    /** Rings a new call; resolves with its id once the console acked the event. */
    async ring(ring: RingOptions): Promise<string> {
      const info: CallInfo = {
        callId: ring.callId ?? `sim-${randomUUID()}`,
        ani: ring.ani,
        dialledNumber: ring.dialledNumber ?? null,
        direction: 'inbound',
        queue: ring.queue ?? null,
        agentExtension,
        ivr: ring.ivr ?? null,
      };
      call = info.callId;
      await report({ type: 'ringing', call: info });
      return info.callId;
    },
    answer: () => report({ type: 'connected', callId: current() }),
    hold: () => report({ type: 'held', callId: current() }),
    resume: () => report({ type: 'resumed', callId: current() }),
    mute: (isMuted: boolean) => report({ type: 'mute_changed', callId: current(), isMuted }),
    hangUp: (cause = 'NORMAL_CLEARING') => report({ type: 'ended', callId: current(), cause }),
    /** Any event as it is (tests of the console's handling). */
    report,
    /** The card the next secure capture "keys". */
    useCard(next: TestCard) {
      card = next;
    },
    onCommand(listener: (command: CallCommand) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type SoftphoneSimulator = ReturnType<typeof createSoftphoneSimulator>;
