/** For tests: a real generic update feed on loopback (node:http), serving channel files and installers IT would publish. */
import { createHash } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import yaml from 'js-yaml';

/** What one path answers: a body (200), an HTTP error, or a dropped connection. */
export type FeedAnswer = { readonly body: string | Buffer } | { readonly status: number } | { readonly drop: true };

export interface UpdateFeed {
  /** The feed folder URL, as policy would name it (`updates.feedUrl`). */
  readonly url: string;
  /** Sets what a path answers (e.g. '/latest.yml'); unknown paths answer 404. */
  serve(path: string, answer: FeedAnswer): void;
  /** Publishes `installer` as `fileName` and a channel file naming it, as electron-builder would. */
  publish(channelFile: string, release: { version: string; fileName: string; installer: Buffer; releaseDate?: string; sha512?: string }): void;
  /** Every path requested so far, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

/** The sha512 electron-builder writes for a file: base64 of the digest. */
export function sha512Base64(data: Buffer): string {
  return createHash('sha512').update(data).digest('base64');
}

/** Starts the feed on an ephemeral port. */
export async function startUpdateFeed(): Promise<UpdateFeed> {
  const answers = new Map<string, FeedAnswer>();
  const requests: string[] = [];
  const server = createServer((request, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://feed').pathname;
    requests.push(path);
    const answer = answers.get(path) ?? { status: 404 };
    if ('drop' in answer) return void request.socket.destroy();
    if ('status' in answer) return void response.writeHead(answer.status).end();
    response.writeHead(200, { 'content-length': Buffer.byteLength(answer.body) }).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/rep-console`,
    requests,
    serve: (path, answer) => answers.set(path, answer),
    publish(channelFile, { version, fileName, installer, releaseDate, sha512 }) {
      const digest = sha512 ?? sha512Base64(installer);
      answers.set(`/rep-console/${fileName}`, { body: installer });
      const info = { version, files: [{ url: fileName, sha512: digest, size: installer.length }], path: fileName, sha512: digest, releaseDate: releaseDate ?? '2026-03-01T12:00:00.000Z' };
      answers.set(`/rep-console/${channelFile}`, { body: yaml.dump(info, { quotingType: "'", forceQuotes: false }) });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
