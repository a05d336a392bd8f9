/**
 * Routes launch hooks to the running console: parses each (a URL from the OS, or a second instance's
 * command line), logs a refused one with its reason, and holds what arrives before the services and
 * the logger exist (macOS sends open-url before the app is ready), handing it over in order once they do.
 */
import type { Logger } from '../../logging/create-logger';
import { parseLaunchRequest, type LaunchRequestParse } from './parse-launch-request';

/** What a parsed launch request becomes: the call service's launch input. */
export type LaunchDelivery = (request: Extract<LaunchRequestParse, { kind: 'call' }>['request']) => void;

export interface LaunchRouter {
  /** A URL (repconsole://…) or an argv; `source` names where it came from, for the log. */
  handle(input: string | readonly string[], source: string): void;
  /** The services are up: deliver (and log) what waited, and everything from now on. */
  ready(deliver: LaunchDelivery, logger: Logger): void;
}

/** How many launches may wait for start-up; more are dropped (a flood, not a rep's calls). */
const MAX_WAITING = 10;

/** Creates the router; nothing is delivered until ready(). */
export function createLaunchRouter(): LaunchRouter {
  let target: { deliver: LaunchDelivery; logger: Logger } | null = null;
  const waiting: { parsed: LaunchRequestParse; source: string }[] = [];

  function route(parsed: LaunchRequestParse, source: string, { deliver, logger }: { deliver: LaunchDelivery; logger: Logger }): void {
    if (parsed.kind === 'none') return;
    if (parsed.kind === 'refused') {
      logger.warn({ source, reason: parsed.reason }, 'launch request refused');
      return;
    }
    logger.info({ source, hasCallId: parsed.request.callId !== null }, 'launch request received');
    try {
      deliver(parsed.request);
    } catch (error) {
      logger.error({ err: error }, 'launch request could not be delivered');
    }
  }

  return {
    handle(input, source) {
      const parsed = parseLaunchRequest(input);
      if (target) route(parsed, source, target);
      else if (parsed.kind !== 'none' && waiting.length < MAX_WAITING) waiting.push({ parsed, source });
    },
    ready(deliver, logger) {
      target = { deliver, logger };
      for (const { parsed, source } of waiting.splice(0)) route(parsed, source, target);
    },
  };
}
