/**
 * Builds the diagnostics zip with fflate, scrubbing every text before it is compressed: there is no
 * way to add a file that skips the scrubber.
 *
 * Text goes in line-aligned chunks with a pause for the event loop between them, so exporting a week
 * of logs from a running console never stalls the softphone link or the rep's screen for long.
 */
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { Zip, ZipDeflate } from 'fflate';
import type { PhiScrubber } from './create-phi-scrubber';

/** One file as it went into the archive. */
export interface ArchivedFile {
  readonly path: string;
  readonly bytes: number;
}

/** Adds scrubbed text files, then gives the finished archive's bytes. */
export interface ArchiveWriter {
  addText(path: string, text: string): Promise<void>;
  files(): readonly ArchivedFile[];
  finish(): Promise<Uint8Array>;
}

/** About this much text is scrubbed and compressed between pauses. */
const CHUNK_CHARS = 256 * 1024;

/** Splits text at newlines into pieces of about `size` characters (a longer line stays whole). */
function* lineChunks(text: string, size: number): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const newline = text.indexOf('\n', end);
      end = newline === -1 ? text.length : newline + 1;
    }
    yield text.slice(start, end);
    start = end;
  }
}

/** Creates a writer whose every file passes through `scrubber`; `mtime` is stamped on each entry. */
export function createArchiveWriter(scrubber: PhiScrubber, mtime: Date): ArchiveWriter {
  const parts: Uint8Array[] = [];
  const added: ArchivedFile[] = [];
  let failure: Error | null = null;
  let resolveDone: (bytes: Uint8Array) => void = () => undefined;
  let rejectDone: (error: Error) => void = () => undefined;
  const done = new Promise<Uint8Array>((resolve, reject) => {
    resolveDone = resolve;
    rejectDone = reject;
  });
  const zip = new Zip((error, chunk, final) => {
    if (error) {
      failure = error;
      rejectDone(error);
      return;
    }
    parts.push(chunk);
    if (final) {
      const total = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
      let offset = 0;
      for (const part of parts) {
        total.set(part, offset);
        offset += part.length;
      }
      resolveDone(total);
    }
  });
  const encoder = new TextEncoder();

  return {
    async addText(path, text) {
      if (failure) throw failure;
      const entry = new ZipDeflate(path, { level: 6 });
      entry.mtime = mtime;
      zip.add(entry);
      let bytes = 0;
      let isFirst = true;
      for (const chunk of lineChunks(text, CHUNK_CHARS)) {
        if (!isFirst) await yieldToEventLoop();
        isFirst = false;
        const encoded = encoder.encode(scrubber.scrub(chunk));
        bytes += encoded.length;
        entry.push(encoded);
      }
      entry.push(new Uint8Array(0), true);
      added.push({ path, bytes });
    },
    files: () => [...added],
    finish() {
      zip.end();
      return done;
    },
  };
}
