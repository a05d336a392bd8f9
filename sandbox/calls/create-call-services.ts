/**
 * Everything the calls routes share inside one sandbox server: the phone systems' tokens, the agent
 * event hub and open streams, the CTI call roster, the budgeted log and the calls repository.
 */
import type { SandboxDatabase } from '../database/open-database';
import { createAgentEventHub, type AgentEventHub } from '../cti/create-agent-event-hub';
import { createAgentStreamRegistry, type AgentStreamRegistry } from '../cti/create-agent-stream-registry';
import { createCallRoster, type CallRoster } from '../cti/create-call-roster';
import { createLogBudget, type LogBudget } from '../cti/create-log-budget';
import { createPhoneSystemTokens, DEFAULT_CTI_TOKEN, type PhoneSystemTokens } from '../cti/create-phone-system-tokens';
import { createCallRepository, type CallRepository } from './create-call-repository';

/** How a sandbox serves calls; every field has a default. */
export interface CallServerOptions {
  /** The phone systems' webhook tokens (default: DEFAULT_CTI_TOKEN, `sandbox-pbx`). */
  readonly ctiTokens?: readonly string[];
  /** Agent event stream heartbeat (default 15 s). */
  readonly heartbeatMs?: number;
  /** How long stream events are kept for replay (default 5 minutes). */
  readonly replayWindowMs?: number;
  /** Where refused webhook events are logged (default stderr), at most 20 lines a minute. */
  readonly log?: (line: string) => void;
}

/** The shared parts, built once per server. */
export interface CallServices {
  readonly tokens: PhoneSystemTokens;
  readonly hub: AgentEventHub;
  readonly streams: AgentStreamRegistry;
  readonly roster: CallRoster;
  readonly log: LogBudget;
  readonly repository: CallRepository;
  readonly heartbeatMs?: number;
}

/** Builds them over the database. */
export function createCallServices(db: SandboxDatabase, now: () => Date, options: CallServerOptions = {}): CallServices {
  const write = options.log ?? ((line: string) => void process.stderr.write(`sandbox: ${line}\n`));
  return {
    tokens: createPhoneSystemTokens(options.ctiTokens ?? [DEFAULT_CTI_TOKEN]),
    hub: createAgentEventHub(db, { now, ...(options.replayWindowMs !== undefined ? { replayWindowMs: options.replayWindowMs } : {}) }),
    streams: createAgentStreamRegistry(),
    roster: createCallRoster(),
    log: createLogBudget({ write, now }),
    repository: createCallRepository(db),
    ...(options.heartbeatMs !== undefined ? { heartbeatMs: options.heartbeatMs } : {}),
  };
}
