import { describe, expect, it } from 'vitest';
import { createEventStreamParser, type StreamMessage } from './parse-event-stream';

function parse(chunks: readonly string[]): { messages: StreamMessage[]; problems: string[] } {
  const messages: StreamMessage[] = [];
  const problems: string[] = [];
  const parser = createEventStreamParser({ onMessage: (m) => messages.push(m), onProblem: (p) => problems.push(p) });
  for (const chunk of chunks) parser.push(chunk);
  return { messages, problems };
}

describe('the event-stream parser', () => {
  it('reads LF, CRLF and CR line ends, even split between chunks, and joins data lines', () => {
    const { messages } = parse(['id: 1\nevent: call\ndata: a\ndata: b\n\n', 'id: 2\r', '\nevent: call\r\ndata:c\r\r', 'data: d\r\n', '\r\n']);
    expect(messages).toEqual([{ id: '1', event: 'call', data: 'a\nb' }, { id: '2', event: 'call', data: 'c' }, { id: '2', event: 'message', data: 'd' }]);
  });

  it('dispatches nothing for comments or an event without data, and keeps the last id', () => {
    const { messages } = parse([': heartbeat\n\n', 'id: 7\nevent: call\n\n', 'data: x\n\n']);
    expect(messages).toEqual([{ id: '7', event: 'message', data: 'x' }]);
  });

  it('drops a line that never ends, and the event it was in, then carries on', () => {
    const { messages, problems } = parse(['id: 1\nevent: call\ndata: ', 'y'.repeat(40_000), 'y'.repeat(40_000), 'y\n\n', 'id: 2\nevent: call\ndata: ok\n\n']);
    expect(messages).toEqual([{ id: '2', event: 'call', data: 'ok' }]);
    expect(problems).toEqual(['a line was too long and was dropped']);
  });
});
