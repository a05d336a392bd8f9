/**
 * Sends bytes over a plain TCP socket and reads what comes back until the server closes it, for tests
 * of what fetch cannot send: malformed HTTP, oversized headers, URLs fetch would normalise, and a
 * second request on a connection the server is closing.
 */
import { connect, type Socket } from 'node:net';

/** One HTTP answer as it came over the wire. */
export interface RawResponse {
  readonly status: number;
  /** Header names lower-cased. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** Parses the first response in `text`; throws when there is none. */
export function parseRawResponse(text: string): RawResponse {
  const end = text.indexOf('\r\n\r\n');
  if (end < 0) throw new Error(`No HTTP response in: ${JSON.stringify(text.slice(0, 200))}`);
  const [statusLine = '', ...lines] = text.slice(0, end).split('\r\n');
  const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).trim().toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
  const length = headers['content-length'] === undefined ? undefined : Number(headers['content-length']);
  const body = text.slice(end + 4, length === undefined ? undefined : end + 4 + length);
  return { status: Number(statusLine.split(' ')[1]), headers, body };
}

/** True once `text` holds a whole response with a Content-Length body, for reading on a kept-alive connection. */
export function hasCompleteResponse(text: string): boolean {
  const end = text.indexOf('\r\n\r\n');
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(text.slice(0, end))?.[1];
  return end >= 0 && length !== undefined && Buffer.byteLength(text.slice(end + 4), 'latin1') >= Number(length);
}

/** Opens a connection to the sandbox at `baseUrl`. */
export function openRawConnection(baseUrl: string): Promise<Socket> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) }, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Collects what `socket` receives until `isComplete` says so or the server closes it. */
export function readRaw(socket: Socket, isComplete: (text: string) => boolean = () => false): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    const finish = () => {
      socket.off('data', onData);
      resolve(text);
    };
    const onData = (chunk: Buffer) => {
      text += chunk.toString('latin1');
      if (isComplete(text)) finish();
    };
    socket.on('data', onData);
    socket.once('close', finish);
    socket.once('error', finish);
  });
}

/** Sends `request` exactly as given on a new connection and parses the answer. */
export async function sendRawHttp(baseUrl: string, request: string): Promise<RawResponse> {
  const socket = await openRawConnection(baseUrl);
  const reading = readRaw(socket);
  socket.write(request);
  try {
    return parseRawResponse(await reading);
  } finally {
    socket.destroy();
  }
}
