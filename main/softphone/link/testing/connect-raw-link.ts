/**
 * A hand-driven link client for tests that send what no well-behaved softphone would, and read the
 * console's answers and close code one by one.
 */
import { WebSocket } from 'ws';
import { LINK_PROTOCOL_VERSION } from '../../../../shared/softphone/link-protocol';

export interface RawLinkClient {
  readonly ws: WebSocket;
  /** The next message from the console, parsed. */
  next(): Promise<Record<string, unknown>>;
  /** Sends text (or bytes) as they are. */
  sendRaw(data: string | Buffer): void;
  /** Sends `{ v: 1, ...message }`. */
  send(message: Record<string, unknown>): void;
  /** Resolves with the close code once the socket closed. */
  readonly closed: Promise<number>;
}

/** Opens a socket to `url` with the headers a test chooses; resolves once it is open. */
export function connectRawLink(url: string, headers: Record<string, string> = {}): Promise<RawLinkClient> {
  const ws = new WebSocket(url, { headers });
  const queue: Record<string, unknown>[] = [];
  const waiters: ((message: Record<string, unknown>) => void)[] = [];
  ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as Record<string, unknown>;
    const waiter = waiters.shift();
    if (waiter) waiter(message);
    else queue.push(message);
  });
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    ws.once('error', reject);
    ws.once('open', () =>
      resolve({
        ws,
        closed,
        next: () => {
          const queued = queue.shift();
          return queued ? Promise.resolve(queued) : new Promise((r) => waiters.push(r));
        },
        sendRaw: (data) => ws.send(data),
        send: (message) => ws.send(JSON.stringify({ v: LINK_PROTOCOL_VERSION, ...message })),
      }),
    );
  });
}
