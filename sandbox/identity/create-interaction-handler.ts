/**
 * The provider's interactions, served by the sandbox itself: the sign-in page and its form, and consent,
 * which is granted at once for the console (a first-party client; a company IdP does the same for its
 * own apps). Passwords are checked like the backend's own sign-in, throttled the same way, and never
 * logged; a stale or foreign interaction gets a page saying to start again, never a stack trace.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { InteractionDetails, OidcProvider } from './oidc-provider-types';
import { findSandboxAccount } from '../server/create-session-store';
import type { SignInThrottle } from '../server/create-sign-in-throttle';
import type { SandboxUser } from '../server/sandbox-users';
import { describeWait } from '../server/too-many-attempts';
import { IDENTITY_PAGE_CSP, renderErrorPage, renderSignInPage } from './identity-pages';

/** What the handler checks sign-ins against. */
export interface InteractionHandlerOptions {
  readonly users: readonly SandboxUser[];
  readonly throttle: SignInThrottle;
}

const MAX_FORM_BYTES = 4_096;
const PATH = /^\/interaction\/([A-Za-z0-9_-]{1,64})(\/login)?$/;

function send(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': IDENTITY_PAGE_CSP, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  response.end(html);
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams | null> {
  if (!(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) return null;
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) return null;
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

async function grantConsent(provider: OidcProvider, details: InteractionDetails): Promise<string> {
  const accountId = details.session?.accountId;
  const clientId = details.params.client_id;
  if (!accountId || typeof clientId !== 'string') throw new Error('consent without a signed-in account');
  const grant = (details.grantId ? await provider.Grant.find(details.grantId) : undefined) ?? new provider.Grant({ accountId, clientId });
  const missingScope = details.prompt.details.missingOIDCScope;
  if (Array.isArray(missingScope)) grant.addOIDCScope(missingScope.join(' '));
  const missingResource = details.prompt.details.missingResourceScopes;
  if (typeof missingResource === 'object' && missingResource !== null) {
    for (const [indicator, scopes] of Object.entries(missingResource)) if (Array.isArray(scopes)) grant.addResourceScope(indicator, scopes.join(' '));
  }
  return grant.save();
}

/** Returns a handler for `/interaction/…` requests; false when the path is not one of ours. */
export function createInteractionHandler(provider: OidcProvider, options: InteractionHandlerOptions) {
  async function signIn(request: IncomingMessage, response: ServerResponse, uid: string): Promise<void> {
    const form = await readForm(request);
    const username = form?.get('username')?.trim() ?? '';
    const password = form?.get('password') ?? '';
    const action = `/interaction/${uid}/login`;
    if (!username || !password) return send(response, 400, renderSignInPage({ action, username, error: 'Enter your user name and password.' }));
    const attempt = { username, clientAddress: request.socket.remoteAddress ?? 'unknown' };
    const waitMs = options.throttle.waitMs(attempt);
    if (waitMs > 0) return send(response, 429, renderSignInPage({ action, username, error: `Too many sign-in attempts. Try again in ${describeWait(waitMs)}.` }));
    const account = findSandboxAccount(username, password, options.users);
    if (!account) {
      options.throttle.recordFailure(attempt);
      return send(response, 401, renderSignInPage({ action, username, error: 'User name or password is wrong.' }));
    }
    options.throttle.recordSuccess(attempt);
    await provider.interactionFinished(request, response, { login: { accountId: account.user.id } }, { mergeWithLastSubmission: false });
  }

  return async function handle(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
    const match = PATH.exec(new URL(request.url ?? '/', 'http://sandbox').pathname);
    if (!match) return false;
    const [, uid = '', isLogin] = match;
    try {
      const details = await provider.interactionDetails(request, response);
      if (details.uid !== uid) throw new Error('interaction mismatch');
      if (isLogin && request.method === 'POST' && details.prompt.name === 'login') await signIn(request, response, uid);
      else if (request.method !== 'GET') send(response, 405, renderErrorPage('That is not something this page does.'));
      else if (details.prompt.name === 'login') send(response, 200, renderSignInPage({ action: `/interaction/${uid}/login` }));
      else if (details.prompt.name === 'consent') await provider.interactionFinished(request, response, { consent: { grantId: await grantConsent(provider, details) } }, { mergeWithLastSubmission: true });
      else send(response, 400, renderErrorPage('This sign-in asks for something the sandbox provider does not offer.'));
    } catch {
      if (!response.headersSent) send(response, 400, renderErrorPage('This sign-in page has expired or was opened in another browser. Go back to Rep Console and start signing in again.'));
    }
    return true;
  };
}
