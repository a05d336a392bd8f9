/** The fake bridge's softphone pairing methods: answers like main's, and counts what the renderer asked. */
import type { LinkView } from '../../../../shared/calls/call-views';
import type { RepConsoleApi } from '../../../../shared/ipc/bridge';
import type { Result } from '../../../../shared/ipc/result';

type Answer = <T>(method: keyof RepConsoleApi, value: () => T) => Promise<Result<T>>;

/** The code the fake hands out. */
export const FAKE_PAIRING_CODE = '428613';

/** The methods for the bridge and what was asked of them. */
export interface FakeSoftphone {
  readonly api: Pick<RepConsoleApi, 'getSoftphoneLink' | 'newSoftphonePairingCode' | 'forgetSoftphone'>;
  readonly requests: readonly ('new-code' | 'forget')[];
}

/** Builds the fake; `link` is what get-link answers at first. */
export function createFakeSoftphone(answer: Answer, initial: LinkView = { state: 'unpaired', softphoneName: null, pairing: null, ctiFeed: 'off', since: '2026-03-01T14:00:00.000Z' }): FakeSoftphone {
  let link = initial;
  const requests: ('new-code' | 'forget')[] = [];
  return {
    requests,
    api: {
      getSoftphoneLink: () => answer('getSoftphoneLink', () => link),
      newSoftphonePairingCode: () => {
        requests.push('new-code');
        return answer('newSoftphonePairingCode', () => (link = { ...link, pairing: { code: FAKE_PAIRING_CODE, expiresAt: new Date(Date.now() + 300_000).toISOString() } }));
      },
      forgetSoftphone: () => {
        requests.push('forget');
        return answer('forgetSoftphone', () => (link = { ...link, state: 'unpaired', softphoneName: null, pairing: null }));
      },
    },
  };
}
