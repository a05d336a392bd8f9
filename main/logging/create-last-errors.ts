/**
 * The last warnings and errors the console logged, kept in memory for the diagnostics export: support
 * sees what went wrong just before the rep pressed "Export diagnostics" without reading every file.
 */

/** pino's numeric level for warn; error and fatal are above it. */
const WARN_LEVEL = 40;
/** One entry is a log line; a huge one (a long stack) is cut so the ring stays small. */
const MAX_ENTRY_CHARS = 4_000;

/** A bounded ring of serialized log lines (already field-redacted by pino), oldest first. */
export interface LastErrors {
  /** Offers one serialized line; kept only when its level is warn or above. */
  offer(line: string): void;
  /** The kept lines, oldest first, without their trailing newline. */
  list(): readonly string[];
}

/** Reads the level pino writes first on every line (`{"level":50,…`) without parsing the whole line. */
function levelOf(line: string): number {
  const match = /^\{"level":(\d+)/.exec(line);
  return match ? Number(match[1]) : 0;
}

/** Creates a ring that keeps the newest `limit` warn-or-worse lines. */
export function createLastErrors(limit = 50): LastErrors {
  const kept: string[] = [];
  return {
    offer(line) {
      if (levelOf(line) < WARN_LEVEL) return;
      const trimmed = line.endsWith('\n') ? line.slice(0, -1) : line;
      kept.push(trimmed.length > MAX_ENTRY_CHARS ? `${trimmed.slice(0, MAX_ENTRY_CHARS)}…(cut)` : trimmed);
      if (kept.length > limit) kept.shift();
    },
    list: () => [...kept],
  };
}
