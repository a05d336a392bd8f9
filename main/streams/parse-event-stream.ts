/**
 * A server-sent events parser (the WHATWG event-stream format) for the backend's event streams (agent, floor):
 * lines end with LF, CRLF or CR (even split across chunks), `:` lines are comments, a blank line
 * dispatches. Bounded: a line or an event too long for any real call event is dropped with a reason
 * instead of growing memory, since the stream comes from the network.
 */

/** One dispatched message: the last event id seen, the event type, the joined data lines. */
export interface StreamMessage {
  readonly id: string | null;
  readonly event: string;
  readonly data: string;
}

/** Where parsed messages and problems go. */
export interface EventStreamHandlers {
  onMessage(message: StreamMessage): void;
  /** A part of the stream was dropped; the reason is safe to log (it never quotes the stream). */
  onProblem(reason: string): void;
}

/** Feeds text in as it arrives. */
export interface EventStreamParser {
  push(text: string): void;
}

/** 64 KiB per line and per event by default: a call event is well under 2 KiB. */
const DEFAULT_MAX_LENGTH = 64 * 1024;

/** Creates a parser; the last event id survives across messages, as the format says. */
export function createEventStreamParser(handlers: EventStreamHandlers, maxLength = DEFAULT_MAX_LENGTH): EventStreamParser {
  let buffer = '';
  let isDiscardingLine = false;
  let lastEventId: string | null = null;
  let event = '';
  let data: string[] = [];
  let dataLength = 0;
  let isPoisoned = false;
  const dispatch = () => {
    if (data.length > 0 && !isPoisoned) handlers.onMessage({ id: lastEventId, event: event || 'message', data: data.join('\n') });
    event = '';
    data = [];
    dataLength = 0;
    isPoisoned = false;
  };
  const processLine = (line: string) => {
    if (line === '') return dispatch();
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'data') {
      dataLength += value.length + 1;
      if (dataLength > maxLength && !isPoisoned) {
        isPoisoned = true;
        handlers.onProblem('an event was too large and was dropped');
      }
      if (!isPoisoned) data.push(value);
    } else if (field === 'event') event = value;
    else if (field === 'id' && !value.includes('\u0000')) lastEventId = value;
  };
  return {
    push(text) {
      buffer += text;
      for (;;) {
        const end = buffer.search(/[\r\n]/);
        if (end < 0 || (buffer[end] === '\r' && end === buffer.length - 1)) break; // a CR may be the first half of a CRLF
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + (buffer[end] === '\r' && buffer[end + 1] === '\n' ? 2 : 1));
        if (isDiscardingLine) isDiscardingLine = false;
        else processLine(line);
      }
      if (buffer.length > maxLength) {
        if (!isDiscardingLine) handlers.onProblem('a line was too long and was dropped');
        // The rest of this line is skipped, and the event it belonged to is never dispatched.
        isDiscardingLine = true;
        isPoisoned = true;
        buffer = buffer.endsWith('\r') ? '\r' : '';
      }
    },
  };
}
