/**
 * The calls write-path tests make against a running sandbox: sign in, read a profile as sent, and send
 * a change with an Idempotency-Key (a fresh one unless the test is replaying one).
 */
import { randomUUID } from 'node:crypto';
import { SignInResponseSchema } from '../../shared/api/routes';
import { requestJson, type JsonResponse } from './request-json';

/** The member changes (participation, then payments) and their method and path. */
const CHANGES = {
  optIn: { method: 'POST', path: 'participation/opt-in' },
  optOut: { method: 'POST', path: 'participation/opt-out' },
  backdate: { method: 'PUT', path: 'participation/effective-date' },
  pay: { method: 'POST', path: 'payments' },
  addMethod: { method: 'POST', path: 'payment-methods' },
  enrolAutopay: { method: 'POST', path: 'autopay' },
  stopAutopay: { method: 'POST', path: 'autopay/stop' },
  refund: { method: 'POST', path: 'refunds' },
} as const;

/** Calls bound to one sandbox URL. */
export interface SandboxCalls {
  signIn(username: string): Promise<string>;
  /** The profile response as sent, so a test can compare it byte for byte. */
  profile(token: string, memberId: string): Promise<JsonResponse>;
  change(token: string, kind: keyof typeof CHANGES, memberId: string, body: unknown, key?: string | null): Promise<JsonResponse>;
}

/** `url` may change (a restart listens on a new port), so it is read on every call. */
export function createSandboxCalls(url: () => string): SandboxCalls {
  return {
    async signIn(username) {
      return SignInResponseSchema.parse((await requestJson(url(), '/v1/sessions', { json: { username, password: 'sandbox' } })).body).token;
    },
    profile: (token, memberId) => requestJson(url(), `/v1/members/${memberId}/profile`, { token }),
    change(token, kind, memberId, body, key = randomUUID()) {
      const { method, path } = CHANGES[kind];
      return requestJson(url(), `/v1/members/${memberId}/${path}`, { method, token, json: body, headers: key === null ? {} : { 'idempotency-key': key } });
    },
  };
}
