/**
 * The softphone link and CTI feed as the archive shows them: paired or not, the port, connected or
 * not, whether a call is on. Never the pairing token or a pairing code, never who is calling.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CallsState } from '../../shared/calls/call-views';

/** The softphone part of the archive. */
export type SoftphoneDescription =
  | {
      readonly isRunning: true;
      readonly link: {
        readonly state: CallsState['link']['state'];
        readonly isPaired: boolean;
        readonly softphoneName: string | null;
        readonly since: string;
        /** A code is on the rep's screen (the code itself is a secret for its few minutes). */
        readonly isPairingCodeShown: boolean;
        /** Null when the link could not listen. */
        readonly listeningPort: number | null;
      };
      readonly ctiFeed: CallsState['link']['ctiFeed'];
      /** The phase of the call on screen, if any: nothing about the caller. */
      readonly callPhase: NonNullable<CallsState['call']>['phase'] | null;
    }
  | {
      readonly isRunning: false;
      /** A pairing is saved in user data (sealed; only the running console can read it). */
      readonly isPaired: boolean;
      readonly configuredPort: number;
      readonly explanation: string;
    };

/** Describes the running console's link from the call service's state. */
export function describeRunningSoftphone(state: CallsState, listeningPort: number | null): SoftphoneDescription {
  const { link, call } = state;
  return {
    isRunning: true,
    link: {
      state: link.state,
      isPaired: link.state !== 'unpaired',
      softphoneName: link.softphoneName,
      since: link.since,
      isPairingCodeShown: link.pairing !== null,
      listeningPort,
    },
    ctiFeed: link.ctiFeed,
    callPhase: call?.phase ?? null,
  };
}

/** Describes the link of a console that is not running here (the command-line export). */
export function describeStoppedSoftphone(userDataDir: string, configuredPort: number): SoftphoneDescription {
  return {
    isRunning: false,
    isPaired: existsSync(join(userDataDir, 'softphone', 'pairing.bin')),
    configuredPort,
    explanation: 'Exported from the command line: the link and the CTI feed run only inside the console, so their live state is not known here.',
  };
}
