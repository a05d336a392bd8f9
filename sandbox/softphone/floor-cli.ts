/**
 * `npm run softphone -- floor --agents 200 --calls-per-minute 60`: plays a floor of simulated agents
 * against a running sandbox until Ctrl+C (or --duration), for demos of the team lead's floor board.
 *
 * Options: --backend-url URL (default $REPCONSOLE_BACKEND_URL; `npm run start:browser` prints it),
 * --agents N (1–250), --calls-per-minute N, --speed N (simulated seconds per second), --duration S,
 * --cti-token TOKEN (default $SANDBOX_CTI_TOKEN or sandbox-pbx). A tally goes to stderr every 10 s.
 */
import { parseArgs } from 'node:util';
import { createFloorSimulator } from './create-floor-simulator';

const USAGE = 'Usage: npm run softphone -- floor [--backend-url URL] [--agents 200] [--calls-per-minute 60] [--speed 1] [--duration SECONDS] [--cti-token TOKEN]';

function positive(name: string, text: string | undefined, fallback: number): number {
  const value = text === undefined ? fallback : Number(text);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number of at least 0 (got "${text}").`);
  return value;
}

/** Runs the floor; resolves with the exit code (2 for bad arguments). */
export async function runFloorCli(argv: readonly string[]): Promise<number> {
  let simulator: ReturnType<typeof createFloorSimulator>;
  let durationS: number | null;
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        'backend-url': { type: 'string' }, agents: { type: 'string' }, 'calls-per-minute': { type: 'string' },
        speed: { type: 'string' }, duration: { type: 'string' }, 'cti-token': { type: 'string' },
      },
    });
    const backendUrl = values['backend-url'] ?? process.env.REPCONSOLE_BACKEND_URL;
    if (!backendUrl) throw new Error('Say where the sandbox is: --backend-url http://127.0.0.1:PORT (npm run start:browser prints it).');
    durationS = values.duration === undefined ? null : positive('duration', values.duration, 0);
    simulator = createFloorSimulator({
      backendUrl,
      agents: positive('agents', values.agents, 200),
      callsPerMinute: positive('calls-per-minute', values['calls-per-minute'], 60),
      speed: Math.max(0.1, positive('speed', values.speed, 1)),
      ctiToken: values['cti-token'] ?? process.env.SANDBOX_CTI_TOKEN ?? 'sandbox-pbx',
      onProblem: (message) => process.stderr.write(`floor: ${message}\n`),
    });
  } catch (error) {
    process.stderr.write(`softphone floor: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  await simulator.start();
  process.stderr.write(`floor: ${simulator.agentIds.length} agents signed on (${simulator.agentIds[0]}…); lead1's floor board shows them. Ctrl+C stops.\n`);
  const tally = setInterval(() => {
    const c = simulator.counts();
    process.stderr.write(`floor: ${c.callsOffered} calls offered, ${c.callsAnswered} answered, ${c.callsSaved} saved, ${c.callsAbandoned} abandoned, ${c.stateReports} state reports, ${c.problems} problems\n`);
  }, 10_000);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
    if (durationS !== null) setTimeout(resolve, durationS * 1000).unref();
  });
  clearInterval(tally);
  process.stderr.write('floor: stopping (agents go offline and sign out)…\n');
  await simulator.close();
  return 0;
}
