/**
 * One line of the softphone prompt or script (`ring 5552014477 queue=Billing member=NSH400012345`), run
 * against a simulator. The CLI, the start:browser prompt and scripts share it, so they read alike.
 */
import type { IvrData } from '../../shared/calls/call-events';
import type { SoftphoneSimulator } from './create-softphone-simulator';

/** The help text the prompt prints. */
export const SOFTPHONE_HELP = [
  'Softphone commands:',
  '  pair <code>                      pair with the six-digit code the console shows (Pair a softphone)',
  '  ring <number|anonymous> [queue=Billing] [member=NSH400012345] [mbi=1EG4TE5MK73] [verified] [intent=payment] [call=<id>] [dnis=<number>]',
  '  answer | hold | resume | mute | unmute | hangup [cause]',
  '  card <number> [MM/YYYY] [cvv] [zip]  the test card the next secure capture keys (default 4111 1111 1111 1111)',
  '  wait <ms> | waitfor <command>    (scripts) pause, or wait until the console sends a command (e.g. waitfor answer)',
  '  status | help',
].join('\n');

/** What a command needs besides the simulator. */
export interface SoftphoneCommandContext {
  readonly phone: SoftphoneSimulator;
  /** Called with the token after a successful pair (the CLI saves it). */
  readonly onPaired?: (token: string) => void;
}

function parseRing(words: readonly string[]): Parameters<SoftphoneSimulator['ring']>[0] {
  const [number, ...options] = words;
  if (!number) throw new Error('ring needs a number (or "anonymous").');
  const ivr: { -readonly [K in keyof IvrData]: IvrData[K] } = {};
  let queue: string | undefined;
  let callId: string | undefined;
  let dialledNumber: string | undefined;
  for (const option of options) {
    const [key, ...rest] = option.split('=');
    const value = rest.join('=');
    if (key === 'verified') ivr.isVerified = true;
    else if (key === 'member') ivr.memberId = value;
    else if (key === 'mbi') ivr.mbi = value;
    else if (key === 'intent') ivr.intent = value;
    else if (key === 'queue') queue = value;
    else if (key === 'call') callId = value;
    else if (key === 'dnis') dialledNumber = value;
    else throw new Error(`Unknown ring option "${key}". Try: help`);
  }
  return {
    ani: number.toLowerCase() === 'anonymous' ? null : number,
    ...(Object.keys(ivr).length > 0 ? { ivr } : {}),
    ...(queue ? { queue } : {}),
    ...(callId ? { callId } : {}),
    ...(dialledNumber ? { dialledNumber } : {}),
  };
}

function waitForCommand(phone: SoftphoneSimulator, type: string): Promise<void> {
  return new Promise((resolve) => {
    const stop = phone.onCommand((command) => {
      if (command.type !== type) return;
      stop();
      resolve();
    });
  });
}

/** Runs one line; resolves with what to print (empty for nothing), rejects with a readable error. */
export async function runSoftphoneCommand(line: string, context: SoftphoneCommandContext): Promise<string> {
  const { phone } = context;
  const [verb = '', ...words] = line.trim().split(/\s+/);
  switch (verb.toLowerCase()) {
    case '':
      return '';
    case 'help':
      return SOFTPHONE_HELP;
    case 'status':
      return `link ${phone.state}; call ${phone.callId ?? 'none'}`;
    case 'pair': {
      const token = await phone.pair(words[0] ?? '');
      context.onPaired?.(token);
      return 'Paired: the console now shows this softphone as connected.';
    }
    case 'ring':
      return `Ringing: call ${await phone.ring(parseRing(words))}`;
    case 'answer':
      await phone.answer();
      return 'Answered.';
    case 'hold':
      await phone.hold();
      return 'On hold.';
    case 'resume':
      await phone.resume();
      return 'Resumed.';
    case 'mute':
    case 'unmute':
      await phone.mute(verb === 'mute');
      return verb === 'mute' ? 'Muted.' : 'Unmuted.';
    case 'hangup':
      await phone.hangUp(words[0]);
      return 'Hung up.';
    case 'card': {
      const [number, expiry = '12/2030', securityCode = '123', postalCode = '12345'] = words;
      const [month, year] = expiry.split('/').map(Number);
      if (!number || !month || !year) throw new Error('card needs a number, and optionally MM/YYYY, cvv and zip.');
      phone.useCard({ number, expMonth: month, expYear: year, securityCode, postalCode });
      return `The next secure capture keys a card ending ${number.slice(-4)}.`;
    }
    case 'wait':
      await new Promise((resolve) => setTimeout(resolve, Math.min(Number(words[0]) || 0, 600_000)));
      return '';
    case 'waitfor':
      await waitForCommand(phone, words[0] ?? '');
      return `The console sent ${words[0]}.`;
    default:
      throw new Error(`Unknown command "${verb}". Try: help`);
  }
}
