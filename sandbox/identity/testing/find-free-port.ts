/** A free loopback port, for tests that restart the sandbox and need its provider to keep one issuer URL. */
import { createServer } from 'node:net';

/** Binds port 0, reads the port, lets it go. */
export async function findFreePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
