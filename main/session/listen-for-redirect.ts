/**
 * The loopback end of an RFC 8252 sign-in: a one-shot HTTP server on 127.0.0.1 that waits for the
 * provider's redirect to `/callback`, checks it belongs to this attempt (its `state`, compared in
 * constant time), answers the browser with a short page, and closes. Anything else a local process
 * sends is answered 404 and changes nothing; an answer for another attempt, a provider error, the
 * timeout or a cancel end the attempt with a sentence the rep can act on.
 */
import { timingSafeEqual } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppFailure } from '../../shared/ipc/result';

/** A listening receiver: where to send the provider, and the redirect once it came. */
export interface RedirectReceiver {
  /** `http://127.0.0.1:<port>/callback`, the redirect_uri of this attempt. */
  readonly redirectUri: string;
  /** The callback URL (with code and state); rejects with SIGN_IN_FAILED or SIGN_IN_CANCELLED. */
  readonly redirect: Promise<URL>;
  close(): void;
}

/** Which port, which state, how long, and the rep's cancel. */
export interface RedirectOptions {
  /** 0 picks a free port (identity.redirectPort). */
  readonly port: number;
  readonly expectedState: string;
  readonly timeoutMs: number;
  readonly signal: AbortSignal;
}

const PAGE_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
/** Provider error codes the rep can understand (RFC 6749 §4.1.2.1, OIDC §3.1.2.6); any other is "refused". */
const PROVIDER_ERRORS: Readonly<Record<string, string>> = {
  access_denied: 'The sign-in was refused or cancelled at your company account.',
  login_required: 'Your company account asked you to sign in again.',
  consent_required: 'Your company account needs your consent for Rep Console. Ask IT.',
  interaction_required: 'Your company account needs you to finish something in the browser first.',
  temporarily_unavailable: 'Your company account is temporarily unavailable. Try again in a few minutes.',
};

function answer(response: ServerResponse, status: number, heading: string, text: string): void {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${heading} · Rep Console</title></head><body><main><h1>${heading}</h1><p>${text}</p></main></body></html>`;
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PAGE_CSP, 'cache-control': 'no-store', connection: 'close' });
  response.end(html);
}

const sameText = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Listens on 127.0.0.1; rejects when the port is taken. */
export async function listenForRedirect(options: RedirectOptions): Promise<RedirectReceiver> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new AppFailure('SIGN_IN_FAILED', error.code === 'EADDRINUSE' ? `Rep Console could not receive the sign-in: port ${options.port} is in use on this computer. Tell IT (identity.redirectPort).` : 'Rep Console could not receive the sign-in on this computer.')),
    );
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = `127.0.0.1:${port}`;
  let settle: { resolve: (url: URL) => void; reject: (error: AppFailure) => void } | null = null;
  const redirect = new Promise<URL>((resolve, reject) => (settle = { resolve, reject }));
  // Nobody may be awaiting yet when a cancel lands; the rejection is still delivered to whoever awaits.
  redirect.catch(() => undefined);
  const finish = (outcome: URL | AppFailure) => {
    const pending = settle;
    settle = null;
    clearTimeout(timer);
    options.signal.removeEventListener('abort', onAbort);
    // After an answer the page still has to reach the browser: close gently (the answer says connection: close).
    if (server.listening) server.close();
    if (!(outcome instanceof URL) && outcome.code === 'SIGN_IN_CANCELLED') server.closeAllConnections();
    if (!pending) return;
    if (outcome instanceof URL) pending.resolve(outcome);
    else pending.reject(outcome);
  };
  const onAbort = () => finish(new AppFailure('SIGN_IN_CANCELLED', 'Sign-in cancelled.'));
  const timer = setTimeout(() => finish(new AppFailure('SIGN_IN_CANCELLED', 'Sign-in took too long and was stopped. Try again.')), options.timeoutMs);
  timer.unref?.();
  if (options.signal.aborted) onAbort();
  else options.signal.addEventListener('abort', onAbort, { once: true });

  server.on('request', (request, response) => {
    const url = new URL(request.url ?? '/', `http://${host}`);
    // Only the browser's GET of our path on our host (DNS rebinding aside) is the provider's redirect.
    if (request.method !== 'GET' || url.pathname !== '/callback' || request.headers.host !== host || !settle) {
      response.writeHead(404, { 'content-type': 'text/plain', connection: 'close' }).end('Not found');
      return;
    }
    const state = url.searchParams.get('state') ?? '';
    const error = url.searchParams.get('error');
    if (!sameText(state, options.expectedState)) {
      answer(response, 400, 'Sign-in did not finish', 'This answer is not from the sign-in Rep Console started. Go back to Rep Console and sign in again.');
      return finish(new AppFailure('SIGN_IN_FAILED', 'The sign-in answer did not come from the sign-in Rep Console started, so it was refused. Sign in again.'));
    }
    if (error !== null || !url.searchParams.get('code')) {
      const message = (error && PROVIDER_ERRORS[error]) ?? 'Your company account refused the sign-in. Try again, or tell IT if it keeps happening.';
      answer(response, 400, 'Sign-in did not finish', `${message} You can close this tab.`);
      return finish(new AppFailure('SIGN_IN_FAILED', message));
    }
    answer(response, 200, 'You can return to Rep Console', 'Rep Console is finishing your sign-in. You can close this tab.');
    finish(url);
  });
  return { redirectUri: `http://${host}/callback`, redirect, close: () => finish(new AppFailure('SIGN_IN_CANCELLED', 'Sign-in cancelled.')) };
}
