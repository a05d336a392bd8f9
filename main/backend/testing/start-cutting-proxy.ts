/**
 * A loopback TCP proxy in front of a real backend that can drop the answer after the backend has
 * done the work: the one failure that makes a write's outcome unknown, which exactly-once tests need.
 */
import { connect, createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface CuttingProxy {
  /** The base URL to give the console instead of the backend's. */
  readonly url: string;
  /**
   * The next `count` answers are dropped (both sockets destroyed) when their first byte arrives; with
   * `request`, only answers to requests whose "METHOD /path" matches it (the console's background
   * requests — agent state, the event stream — must not take a cut meant for a write).
   */
  cutNextAnswers(count: number, request?: RegExp): void;
  /** Answers dropped so far. */
  cutCount(): number;
  close(): Promise<void>;
}

/** Starts the proxy for `targetUrl` (http://127.0.0.1:port). */
export async function startCuttingProxy(targetUrl: string): Promise<CuttingProxy> {
  const target = new URL(targetUrl);
  let toCut = 0;
  let cutOnly: RegExp | null = null;
  let cut = 0;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    // The console never pipelines: what upstream answers is for the last request line this client sent.
    let lastRequest = '';
    client.on('data', (chunk: Buffer) => {
      const line = /^(GET|POST|PUT|DELETE|PATCH) (\S+) HTTP\//.exec(chunk.toString('latin1', 0, 512));
      if (line) lastRequest = `${line[1]} ${line[2]}`;
    });
    client.pipe(upstream);
    upstream.on('data', (chunk) => {
      if (toCut > 0 && (cutOnly === null || cutOnly.test(lastRequest))) {
        toCut -= 1;
        cut += 1;
        client.destroy();
        upstream.destroy();
        return;
      }
      client.write(chunk);
    });
    upstream.on('end', () => client.end());
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    cutNextAnswers(count, request) {
      toCut = count;
      cutOnly = request ?? null;
    },
    cutCount: () => cut,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
