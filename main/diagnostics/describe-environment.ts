/** The versions and machine facts support asks for first: which build, which runtime, which OS. */
import { arch, cpus, freemem, hostname, platform, release, totalmem, version as osVersion } from 'node:os';

/** Where the export was made from. */
export type DiagnosticsTrigger = 'palette' | 'command-line';

/** The environment part of the archive. */
export interface EnvironmentDescription {
  readonly generatedAt: string;
  readonly trigger: DiagnosticsTrigger;
  readonly host: 'electron' | 'web' | 'command-line';
  readonly app: { readonly product: 'Rep Console'; readonly version: string };
  readonly electron: string;
  readonly chrome: string | null;
  readonly node: string;
  readonly os: {
    readonly platform: NodeJS.Platform;
    readonly release: string;
    readonly version: string;
    readonly arch: string;
    readonly hostname: string;
    readonly cpus: number;
    readonly totalMemoryBytes: number;
    readonly freeMemoryBytes: number;
  };
  readonly processUptimeSeconds: number;
}

/** Describes this process; `electronVersion` null means no Electron (the web host or plain Node). */
export function describeEnvironment(options: {
  trigger: DiagnosticsTrigger;
  host: EnvironmentDescription['host'];
  appVersion: string;
  now: Date;
}): EnvironmentDescription {
  const electron = process.versions.electron;
  return {
    generatedAt: options.now.toISOString(),
    trigger: options.trigger,
    host: options.host,
    // Not `name`: the scrubber empties every value under a `name` key.
    app: { product: 'Rep Console', version: options.appVersion },
    electron: electron ?? (options.host === 'web' ? 'web host (no Electron)' : 'plain Node (no Electron)'),
    chrome: process.versions.chrome ?? null,
    node: process.versions.node,
    os: {
      platform: platform(),
      release: release(),
      version: osVersion(),
      arch: arch(),
      hostname: hostname(),
      cpus: cpus().length,
      totalMemoryBytes: totalmem(),
      freeMemoryBytes: freemem(),
    },
    processUptimeSeconds: Math.round(process.uptime()),
  };
}
