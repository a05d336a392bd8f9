/**
 * One softphone connection: the handshake (pair or hello), then events in and command results, and
 * nothing the other end sends reaching further than this socket. Every refusal is logged within a
 * budget and answered with an `error` and a close code from the protocol.
 */
import type { WebSocket } from 'ws';
import type { CallEvent } from '../../../shared/calls/call-events';
import { LINK_CLOSE, LINK_PROTOCOL_VERSION, type ConsoleMessage, type LinkErrorCode, type SoftphoneInfo } from '../../../shared/softphone/link-protocol';
import { parseSoftphoneMessage } from '../../../shared/softphone/parse-softphone-message';
import type { PairingCheck } from './create-pairing-codes';
import type { LinkRefusalLog } from './create-link-refusal-log';
import type { CommandOutcome } from './softphone-link';

/** What a connection needs from the link it belongs to. */
export interface LinkSocketContext {
  readonly refusals: LinkRefusalLog;
  readonly handshakeTimeoutMs: number;
  /** Checks a pairing code; on 'ok' returns the new token (the pairing is saved). */
  pair(code: string, softphone: SoftphoneInfo): { check: PairingCheck; token?: string };
  isKnownToken(token: string): boolean;
  /** This socket is now the link's one live connection (any other is closed as replaced). */
  goLive(ws: WebSocket, softphone: SoftphoneInfo): void;
  /** The socket closed; only the live one changes the link's state. */
  release(ws: WebSocket): void;
  /** Delivers an event; false when this id was delivered before (a resend). */
  deliver(id: string, event: CallEvent): boolean;
  commandResult(id: string, outcome: CommandOutcome): void;
  agentExtension(): string | null;
}

/** How long a client that broke the protocol may take to answer our close before its socket is cut. */
const HARD_CLOSE_MS = 1_000;

const PAIRING_CLOSE: Record<Exclude<PairingCheck, 'ok'>, string> = {
  no_pairing_code: 'No pairing code is offered: ask the rep to make one (Pair a softphone).',
  wrong_code: 'That pairing code is wrong.',
  code_expired: 'That pairing code expired: ask the rep for a new one.',
  code_locked: 'Too many wrong codes: ask the rep for a new one.',
};

/** Wires an accepted connection. */
export function attachLinkSocket(ws: WebSocket, context: LinkSocketContext): void {
  let isLive = false;
  // Frames already in flight after a refusal are ignored: a refused client gets no further say.
  let isRefused = false;
  const send = (message: ConsoleMessage) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  };
  const refuse = (code: LinkErrorCode, message: string, closeCode: number, reason: string, detail?: string) => {
    isRefused = true;
    context.refusals.refused(reason, { code, ...(detail ? { detail } : {}) });
    send({ v: LINK_PROTOCOL_VERSION, type: 'error', code, message });
    ws.close(closeCode, code);
    setTimeout(() => ws.terminate(), HARD_CLOSE_MS).unref();
  };
  const handshake = setTimeout(() => refuse('timeout', 'Send pair or hello first.', LINK_CLOSE.TIMEOUT, 'no handshake in time'), context.handshakeTimeoutMs);
  handshake.unref();
  const welcome = (softphone: SoftphoneInfo) => {
    clearTimeout(handshake);
    isLive = true;
    context.goLive(ws, softphone);
    send({ v: LINK_PROTOCOL_VERSION, type: 'welcome', agentExtension: context.agentExtension() });
  };

  ws.on('close', () => {
    clearTimeout(handshake);
    context.release(ws);
  });
  // ws has already closed with its own code (1009 too large, 1002, 1007) when this fires; without a
  // listener the error would be thrown and end main.
  ws.on('error', (error) => {
    context.refusals.refused('websocket protocol error', { detail: error.message });
    setTimeout(() => ws.terminate(), HARD_CLOSE_MS).unref();
  });
  ws.on('message', (data, isBinary) => {
    if (isRefused) return;
    const parsed = isBinary ? null : parseSoftphoneMessage(String(data));
    if (!parsed) return refuse('bad_json', 'Send text frames of JSON.', LINK_CLOSE.PROTOCOL_ERROR, 'binary frame');
    if (!parsed.ok) {
      if (parsed.ref !== undefined && isLive) {
        context.refusals.refused('malformed call event', { code: parsed.code, detail: parsed.reason });
        return send({ v: LINK_PROTOCOL_VERSION, type: 'ack', id: parsed.ref, ok: false, error: { code: parsed.code, message: parsed.reason } });
      }
      return refuse(parsed.code, parsed.reason, LINK_CLOSE.PROTOCOL_ERROR, 'malformed message', parsed.reason);
    }
    const message = parsed.message;
    switch (message.type) {
      case 'ping':
        return send({ v: LINK_PROTOCOL_VERSION, type: 'pong', ...(message.id === undefined ? {} : { id: message.id }) });
      case 'pair': {
        if (isLive) return refuse('already_authenticated', 'This connection is already paired.', LINK_CLOSE.PROTOCOL_ERROR, 'pair after handshake');
        const result = context.pair(message.code, message.softphone);
        if (result.check !== 'ok' || !result.token) {
          const check = result.check === 'ok' ? 'no_pairing_code' : result.check;
          return refuse(check, PAIRING_CLOSE[check], LINK_CLOSE.PAIRING_REFUSED, 'pairing refused');
        }
        send({ v: LINK_PROTOCOL_VERSION, type: 'paired', token: result.token });
        return welcome(message.softphone);
      }
      case 'hello':
        if (isLive) return refuse('already_authenticated', 'This connection already said hello.', LINK_CLOSE.PROTOCOL_ERROR, 'hello after handshake');
        if (!context.isKnownToken(message.token)) {
          return refuse('bad_token', 'This softphone is not paired (or the rep forgot it): pair it again.', LINK_CLOSE.TOKEN_REFUSED, 'unknown token');
        }
        return welcome(message.softphone);
      case 'call_event':
        if (!isLive) return refuse('not_authenticated', 'Send pair or hello first.', LINK_CLOSE.PROTOCOL_ERROR, 'event before handshake');
        context.deliver(message.id, message.event);
        return send({ v: LINK_PROTOCOL_VERSION, type: 'ack', id: message.id, ok: true });
      case 'command_result':
        if (!isLive) return refuse('not_authenticated', 'Send pair or hello first.', LINK_CLOSE.PROTOCOL_ERROR, 'result before handshake');
        return context.commandResult(message.id, message.ok ? { ok: true } : { ok: false, error: message.error });
    }
  });
}
