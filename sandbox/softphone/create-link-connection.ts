/**
 * The softphone's end of the local link, as a real connector should build it: pair once, say hello
 * with the token on every later connection, keep each call event until the console acks it and resend
 * the unacked ones after a reconnect, and reconnect with backoff unless the console said not to.
 */
import { WebSocket } from 'ws';
import type { CallEvent } from '../../shared/calls/call-events';
import {
  ConsoleMessageSchema,
  LINK_CLOSE,
  LINK_PROTOCOL_VERSION,
  type ConsoleMessage,
  type LinkError,
  type SoftphoneInfo,
  type SoftphoneMessage,
} from '../../shared/softphone/link-protocol';

export type LinkConnectionState = 'idle' | 'connecting' | 'live' | 'waiting' | 'stopped';
type Command = Extract<ConsoleMessage, { type: 'command' }>;

export interface LinkConnectionOptions {
  readonly url: string;
  readonly softphone: SoftphoneInfo;
  readonly onCommand: (message: Command) => void;
  readonly onState?: (state: LinkConnectionState, detail?: string) => void;
  readonly onWelcome?: (agentExtension: string | null) => void;
  /** First reconnect delay and the cap it doubles up to; default 250 ms and 10 s. */
  readonly backoff?: { readonly initialMs: number; readonly maxMs: number };
}

/** Close codes after which reconnecting by itself would be wrong: a person must act. */
const FINAL_CLOSES = new Set<number>([LINK_CLOSE.REPLACED, LINK_CLOSE.PAIRING_REFUSED, LINK_CLOSE.TOKEN_REFUSED]);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** A refusal the console sent, with its protocol code. */
export class LinkRefusedError extends Error {
  constructor(readonly code: string, message: string) {
    super(`${code}: ${message}`);
    this.name = 'LinkRefusedError';
  }
}

/** Creates the connection; nothing is opened until pair() or connect(). */
export function createLinkConnection(options: LinkConnectionOptions) {
  const backoff = options.backoff ?? { initialMs: 250, maxMs: 10_000 };
  const unacked = new Map<string, { event: CallEvent; resolve: () => void; reject: (error: Error) => void }>();
  let token: string | null = null;
  let ws: WebSocket | null = null;
  let state: LinkConnectionState = 'idle';
  let attempt = 0;
  let nextId = 1;
  let retry: ReturnType<typeof setTimeout> | null = null;
  const setState = (next: LinkConnectionState, detail?: string) => {
    state = next;
    options.onState?.(next, detail);
  };
  const write = (message: SoftphoneMessage) => ws?.readyState === WebSocket.OPEN && ws.send(JSON.stringify(message));

  /** Opens one socket and sends `first`; resolves on welcome, rejects on a refusal or a close before it. */
  function open(first: SoftphoneMessage): Promise<void> {
    setState('connecting');
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(options.url);
      ws = socket;
      let isWelcomed = false;
      let refusal: LinkRefusedError | null = null;
      socket.on('open', () => socket.send(JSON.stringify(first)));
      socket.on('error', (error) => (refusal ??= new LinkRefusedError('unreachable', error.message)));
      socket.on('message', (data) => {
        const parsed = ConsoleMessageSchema.safeParse(parseJson(String(data)));
        if (!parsed.success) return;
        const message = parsed.data;
        if (message.type === 'paired') token = message.token;
        else if (message.type === 'error') refusal = new LinkRefusedError(message.code, message.message);
        else if (message.type === 'welcome') {
          isWelcomed = true;
          attempt = 0;
          setState('live');
          options.onWelcome?.(message.agentExtension);
          for (const [id, entry] of unacked) write({ v: LINK_PROTOCOL_VERSION, type: 'call_event', id, event: entry.event });
          resolve();
        } else if (message.type === 'ack') settle(message.id, message.ok ? null : message.error);
        else if (message.type === 'command') options.onCommand(message);
      });
      socket.on('close', (code) => {
        if (ws === socket) ws = null;
        if (!isWelcomed) reject(refusal ?? new LinkRefusedError('closed', `The console closed the connection (${code}).`));
        if (state === 'stopped') return;
        if (FINAL_CLOSES.has(code) || token === null) return setState('stopped', refusal?.message ?? `closed ${code}`);
        if (isWelcomed || state === 'connecting') scheduleReconnect();
      });
    });
  }

  function settle(id: string, error: LinkError | null): void {
    const entry = unacked.get(id);
    if (!entry) return;
    unacked.delete(id);
    if (error) entry.reject(new LinkRefusedError(error.code, error.message));
    else entry.resolve();
  }

  function scheduleReconnect(): void {
    const delay = Math.min(backoff.maxMs, backoff.initialMs * 2 ** attempt) * (0.8 + Math.random() * 0.4);
    attempt += 1;
    setState('waiting', `reconnecting in ${Math.round(delay)} ms`);
    retry = setTimeout(() => {
      retry = null;
      if (token) open({ v: LINK_PROTOCOL_VERSION, type: 'hello', token, softphone: options.softphone }).catch(() => undefined);
    }, delay);
  }

  return {
    get token() {
      return token;
    },
    get state() {
      return state;
    },
    /** Pairs with the code the rep was shown; resolves with the token to keep. */
    async pair(code: string): Promise<string> {
      await open({ v: LINK_PROTOCOL_VERSION, type: 'pair', code, softphone: options.softphone });
      return token!;
    },
    connect(saved: string): Promise<void> {
      token = saved;
      return open({ v: LINK_PROTOCOL_VERSION, type: 'hello', token: saved, softphone: options.softphone });
    },
    /** Sends an event now if live, or after the next welcome; resolves when the console acked it. */
    report(event: CallEvent): Promise<void> {
      const id = `evt-${Date.now().toString(36)}-${nextId++}`;
      return new Promise((resolve, reject) => {
        unacked.set(id, { event, resolve, reject });
        if (state === 'live') write({ v: LINK_PROTOCOL_VERSION, type: 'call_event', id, event });
      });
    },
    result(id: string, error?: LinkError): void {
      write(error ? { v: LINK_PROTOCOL_VERSION, type: 'command_result', id, ok: false, error } : { v: LINK_PROTOCOL_VERSION, type: 'command_result', id, ok: true });
    },
    /** Closes for good: no reconnect; unacked events are dropped with an error. */
    close(): void {
      setState('stopped', 'closed by the softphone');
      if (retry) clearTimeout(retry);
      ws?.close(1000);
      for (const id of [...unacked.keys()]) settle(id, { code: 'closed', message: 'The softphone closed the link.' });
    },
  };
}

export type LinkConnection = ReturnType<typeof createLinkConnection>;
