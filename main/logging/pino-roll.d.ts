/** Types for pino-roll 4, which ships none: only what create-logger.ts uses, checked against its source. */
declare module 'pino-roll' {
  import type { DestinationStream } from 'pino';

  /** pino-roll's own options plus the SonicBoom ones it passes through (mkdir, mode, sync). */
  export interface PinoRollOptions {
    readonly file: string | (() => string);
    readonly frequency?: 'daily' | 'hourly' | number;
    /** A number of megabytes, or a string such as '10m', '500k', '1g'. */
    readonly size?: string | number;
    readonly extension?: string;
    /** A date-fns format inserted into the file name, e.g. 'yyyy-MM-dd'. */
    readonly dateFormat?: string;
    readonly symlink?: boolean;
    /** `count` files are kept besides the current one; only looks beyond this run's files with removeOtherLogFiles. */
    readonly limit?: { readonly count: number; readonly removeOtherLogFiles?: boolean };
    readonly mkdir?: boolean;
    /** The mode SonicBoom opens (creates) each log file with, before the umask. */
    readonly mode?: number;
    readonly sync?: boolean;
  }

  /** The SonicBoom stream pino-roll returns, reduced to what callers need. */
  export interface RollingFileStream extends DestinationStream {
    readonly file: string;
    flush(callback?: (error?: Error) => void): void;
    flushSync(): void;
    end(): void;
  }

  /** Opens the current log file (creating the folder with mkdir) and rolls it by time and size. */
  export default function pinoRoll(options: PinoRollOptions): Promise<RollingFileStream>;
}
