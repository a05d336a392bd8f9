/**
 * A test client of the agent event stream over real HTTP: parses the server-sent events as they
 * arrive and lets a test wait for the next message (or comment) instead of sleeping.
 */

/** One server-sent message as received. */
export interface StreamMessage {
  readonly id: string | null;
  readonly event: string;
  readonly data: string;
}

/** An open stream. */
export interface TestStream {
  readonly status: number;
  readonly contentType: string | null;
  /** The next message not yet taken (waits for it); rejects if the stream ends first. */
  next(): Promise<StreamMessage>;
  /** Resolves once a comment line containing `text` has arrived (at once if one already has). */
  comment(text: string): Promise<void>;
  /** Resolves when the server ends the stream. */
  readonly ended: Promise<void>;
  close(): void;
}

/** Opens `url` with the token and, optionally, a Last-Event-ID. */
export async function openTestStream(url: string, token: string, lastEventId?: string): Promise<TestStream> {
  const abort = new AbortController();
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream', ...(lastEventId ? { 'last-event-id': lastEventId } : {}) },
    signal: abort.signal,
  });
  const queue: StreamMessage[] = [];
  const waiters: { resolve: (m: StreamMessage) => void; reject: (e: Error) => void }[] = [];
  const commentWaiters: { text: string; resolve: () => void }[] = [];
  const comments: string[] = [];
  let isEnded = false;
  const deliver = (message: StreamMessage) => {
    const waiter = waiters.shift();
    if (waiter) waiter.resolve(message);
    else queue.push(message);
  };
  const ended = (async () => {
    if (!response.body) return;
    const decoder = new TextDecoder();
    let buffer = '';
    let fields: { id: string | null; event: string; data: string[] } = { id: null, event: 'message', data: [] };
    try {
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true });
        let newline: number;
        while ((newline = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, newline);
          buffer = buffer.slice(newline + 1);
          if (line === '') {
            if (fields.data.length > 0) deliver({ id: fields.id, event: fields.event, data: fields.data.join('\n') });
            fields = { id: null, event: 'message', data: [] };
          } else if (line.startsWith(':')) {
            comments.push(line);
            for (const w of commentWaiters.filter((c) => line.includes(c.text))) {
              commentWaiters.splice(commentWaiters.indexOf(w), 1);
              w.resolve();
            }
          } else {
            const colon = line.indexOf(':');
            const name = colon < 0 ? line : line.slice(0, colon);
            const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (name === 'id') fields.id = value;
            else if (name === 'event') fields.event = value;
            else if (name === 'data') fields.data.push(value);
          }
        }
      }
    } catch {
      // Aborted by close(), or the connection was cut: either way the stream has ended.
    } finally {
      isEnded = true;
      for (const waiter of waiters.splice(0)) waiter.reject(new Error('The stream ended.'));
    }
  })();
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    next: () => {
      const queued = queue.shift();
      if (queued) return Promise.resolve(queued);
      if (isEnded) return Promise.reject(new Error('The stream ended.'));
      return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
    },
    comment: (text) => (comments.some((c) => c.includes(text)) ? Promise.resolve() : new Promise((resolve) => commentWaiters.push({ text, resolve }))),
    ended,
    close: () => abort.abort(),
  };
}
