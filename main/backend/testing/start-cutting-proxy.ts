/**
 * A loopback TCP proxy in front of a real backend that can drop the answer after the backend has
 * done the work: the one failure that makes a write's outcome unknown, which exactly-once tests need.
 */
import { connect, createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface CuttingProxy {
  /** The base URL to give the console instead of the backend's. */
  readonly url: string;
  /** The next `count` answers are dropped (both sockets destroyed) when their first byte arrives. */
  cutNextAnswers(count: number): void;
  /** Answers dropped so far. */
  cutCount(): number;
  close(): Promise<void>;
}

/** Starts the proxy for `targetUrl` (http://127.0.0.1:port). */
export async function startCuttingProxy(targetUrl: string): Promise<CuttingProxy> {
  const target = new URL(targetUrl);
  let toCut = 0;
  let cut = 0;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(upstream);
    upstream.on('data', (chunk) => {
      if (toCut > 0) {
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
    cutNextAnswers(count) {
      toCut = count;
    },
    cutCount: () => cut,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
