/**
 * A WebSocket client at the byte level, for tests that send what no well-behaved client would: bad
 * frames, bad handshakes. Loopback only; every read is bounded by a timeout.
 */
import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';

export interface RawFrame {
  readonly opcode: number;
  readonly payload?: Buffer;
  /** Clients must mask; false sends an unmasked frame (a protocol error). */
  readonly isMasked?: boolean;
  /** RSV1–3 as bits 0b100, 0b010, 0b001. */
  readonly rsv?: number;
  /** Length to declare instead of the payload's own (an oversized frame without sending its bytes). */
  readonly declaredLength?: number;
}

/** Encodes one frame with FIN set. */
export function encodeFrame(frame: RawFrame): Buffer {
  const payload = frame.payload ?? Buffer.alloc(0);
  const length = frame.declaredLength ?? payload.length;
  const isMasked = frame.isMasked ?? true;
  const first = 0x80 | ((frame.rsv ?? 0) << 4) | frame.opcode;
  const maskBit = isMasked ? 0x80 : 0;
  let header: Buffer;
  if (length < 126) header = Buffer.from([first, maskBit | length]);
  else if (length < 65_536) header = Buffer.from([first, maskBit | 126, length >> 8, length & 0xff]);
  else {
    header = Buffer.alloc(10);
    header[0] = first;
    header[1] = maskBit | 127;
    header.writeBigUInt64BE(BigInt(length), 2);
  }
  if (!isMasked) return Buffer.concat([header, payload]);
  const mask = randomBytes(4);
  const masked = Buffer.from(payload.map((byte, i) => byte ^ mask[i % 4]!));
  return Buffer.concat([header, mask, masked]);
}

/** Walks the server's (unmasked) frames and returns the code of its close frame, if it sent one. */
function findCloseCode(frames: Buffer): number | null {
  let at = 0;
  while (at + 2 <= frames.length) {
    const opcode = frames[at]! & 0x0f;
    let length = frames[at + 1]! & 0x7f;
    let start = at + 2;
    if (length === 126) {
      length = frames.readUInt16BE(start);
      start += 2;
    } else if (length === 127) {
      length = Number(frames.readBigUInt64BE(start));
      start += 8;
    }
    if (opcode === 0x8) return length >= 2 ? frames.readUInt16BE(start) : 1005;
    at = start + length;
  }
  return null;
}

/** What the server did with a connection: the HTTP status of its answer, and its close code if it sent one. */
export interface RawOutcome {
  readonly status: number | null;
  readonly closeCode: number | null;
}

/** Sends `handshake` (a whole HTTP request head) then `frames`, and reads until the server closes or `timeoutMs`. */
export function sendRaw(port: number, handshake: string, frames: readonly Buffer[] = [], timeoutMs = 3_000): Promise<RawOutcome> {
  return new Promise((resolve) => {
    const socket: Socket = connect(port, '127.0.0.1');
    let received = Buffer.alloc(0);
    let isUpgraded = false;
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      const text = received.toString('latin1');
      const status = /^HTTP\/1\.1 (\d{3})/.exec(text)?.[1];
      const headEnd = received.indexOf('\r\n\r\n');
      resolve({ status: status ? Number(status) : null, closeCode: headEnd >= 0 ? findCloseCode(received.subarray(headEnd + 4)) : null });
    };
    const timer = setTimeout(finish, timeoutMs);
    socket.on('error', () => undefined);
    socket.on('close', finish);
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      const headEnd = received.indexOf('\r\n\r\n');
      if (!isUpgraded && headEnd >= 0) {
        isUpgraded = received.toString('latin1').startsWith('HTTP/1.1 101');
        if (isUpgraded) for (const frame of frames) socket.write(frame);
      }
      // The server's close frame is its verdict; a raw client never answers it, so stop reading here.
      if (isUpgraded && findCloseCode(received.subarray(headEnd + 4)) !== null) finish();
    });
    socket.write(handshake);
  });
}

/** A well-formed upgrade request head for the bridge, with the headers a test chooses. */
export function upgradeRequest(options: { port: number; target?: string; protocols: string; origin?: string; host?: string }): string {
  return [
    `GET ${options.target ?? '/bridge'} HTTP/1.1`,
    `Host: ${options.host ?? `127.0.0.1:${options.port}`}`,
    'Upgrade: websocket',
    'Connection: Upgrade',
    `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
    'Sec-WebSocket-Version: 13',
    `Sec-WebSocket-Protocol: ${options.protocols}`,
    `Origin: ${options.origin ?? `http://127.0.0.1:${options.port}`}`,
    '',
    '',
  ].join('\r\n');
}
