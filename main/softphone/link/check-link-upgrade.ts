/**
 * Decides at the HTTP upgrade whether a connection may even try to pair: no browser (any Origin),
 * only our loopback Host (DNS rebinding), only the link's path, and only a few unpaired at a time.
 */
import type { IncomingMessage } from 'node:http';
import { LINK_PATH } from '../../../shared/softphone/link-protocol';
import { readRequestPath } from '../../hosts/read-request-path';

/** A refusal: the HTTP status line to answer, the reason to log and the fields to log with it. */
export interface UpgradeRefusal {
  readonly status: string;
  readonly reason: string;
  readonly fields: Readonly<Record<string, string | undefined>>;
}

/** Connections that have not said pair or hello yet; more are refused (a local process flooding us). */
export const MAX_WAITING_CONNECTIONS = 8;

/** Null when the upgrade may proceed; never throws, whatever the request holds. */
export function checkLinkUpgrade(request: IncomingMessage, hosts: ReadonlySet<string>, waitingCount: number): UpgradeRefusal | null {
  const path = readRequestPath(request.url);
  const { origin, host } = request.headers;
  // Browsers always send Origin on a WebSocket; native softphones do not. A web page must never get in.
  if (origin !== undefined) return { status: '403 Forbidden', reason: 'browser origin', fields: { origin } };
  if (path !== LINK_PATH || !hosts.has(host ?? '')) {
    return { status: path === LINK_PATH ? '403 Forbidden' : '404 Not Found', reason: 'wrong path or host', fields: { path: path ?? '(unparsable)', host } };
  }
  if (waitingCount >= MAX_WAITING_CONNECTIONS) return { status: '503 Service Unavailable', reason: 'too many connections waiting to pair', fields: {} };
  return null;
}
