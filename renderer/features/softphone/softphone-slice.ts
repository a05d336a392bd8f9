/**
 * Pairing a softphone from the console: ask main for a code or to forget the paired softphone. The
 * link's state itself lives in the calls slice (main pushes it inside calls:changed): one truth.
 */
import type { LinkView } from '../../../shared/calls/call-views';
import type { SliceTools } from '../../state/console-state';
import { describeFailure } from '../../state/describe-failure';

/** The pairing dialog's request state and the two actions. */
export interface SoftphoneSlice {
  /** Why the last pairing request failed, in main's words. */
  readonly softphoneNotice: string | null;
  readonly isSoftphoneBusy: boolean;
  /** Asks main for a new six-digit code (the old one stops working). */
  newSoftphonePairingCode(): Promise<void>;
  /** Forgets the paired softphone: main closes its connection and refuses its token from now on. */
  forgetSoftphone(): Promise<void>;
}

/** Builds the slice. */
export function createSoftphoneSlice({ set, get, client }: SliceTools): SoftphoneSlice {
  async function request(call: () => Promise<LinkView>): Promise<void> {
    set({ isSoftphoneBusy: true, softphoneNotice: null });
    try {
      const link = await call();
      // What main just answered; calls:changed brings the same (and anything later) too.
      const current = get().callsState;
      if (current) set({ callsState: { ...current, link } });
      else void get().loadCalls();
      set({ isSoftphoneBusy: false });
    } catch (error: unknown) {
      set({ isSoftphoneBusy: false, softphoneNotice: describeFailure(error, { get }) });
    }
  }
  return {
    softphoneNotice: null,
    isSoftphoneBusy: false,
    newSoftphonePairingCode: () => request(() => client.newSoftphonePairingCode()),
    forgetSoftphone: () => request(() => client.forgetSoftphone()),
  };
}
