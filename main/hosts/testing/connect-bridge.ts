/** A `ws` client of a test web host that queues every frame from the moment it opens, so none is missed. */
import WebSocket from 'ws';
import type { WebHost } from '../web-host';

export interface BridgeClient {
  readonly ws: WebSocket;
  /** The next frame from the host, parsed. */
  next(): Promise<Record<string, unknown>>;
  /** Resolves with the close code. */
  readonly closed: Promise<number>;
}

/** Connects with the given subprotocols; rejects with `HTTP <status>` when the host refuses. */
export function connectBridge(host: WebHost, protocols: string[], origin = host.origin): Promise<BridgeClient> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${host.origin.replace('http', 'ws')}/bridge`, protocols, { origin });
    const queued: Record<string, unknown>[] = [];
    const waiting: ((frame: Record<string, unknown>) => void)[] = [];
    ws.on('message', (data) => {
      const frame = JSON.parse(String(data)) as Record<string, unknown>;
      const waiter = waiting.shift();
      if (waiter) waiter(frame);
      else queued.push(frame);
    });
    const closed = new Promise<number>((done) => ws.once('close', (code) => done(code)));
    const next = () => new Promise<Record<string, unknown>>((done) => (queued.length > 0 ? done(queued.shift()!) : waiting.push(done)));
    ws.once('open', () => resolve({ ws, next, closed }));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
}
