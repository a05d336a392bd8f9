/**
 * The sandbox provider's own pages — sign-in, sign-out confirmation, signed out, errors — rendered on the
 * server with no script at all, one hashed stylesheet, and a CSP that allows nothing else. Each page has
 * a language, a title, one h1 in a main landmark, labelled fields, and errors in an alert the field points to.
 */
import { createHash } from 'node:crypto';

const STYLE = [
  'body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f3f4f6;color:#111827}',
  'main{max-width:22rem;margin:4rem auto;padding:2rem;background:#fff;border:1px solid #d1d5db;border-radius:8px}',
  'h1{font-size:1.4rem;margin:0 0 1rem}label{display:block;font-weight:600;margin-top:1rem}',
  'input{display:block;width:100%;box-sizing:border-box;font:inherit;padding:.5rem;margin-top:.25rem;border:1px solid #6b7280;border-radius:4px}',
  'button{font:inherit;font-weight:600;margin-top:1.5rem;padding:.6rem 1rem;border-radius:4px;border:1px solid #1d4ed8;background:#1d4ed8;color:#fff;cursor:pointer}',
  'button.secondary{background:#fff;color:#1d4ed8;margin-left:.5rem}',
  ':focus-visible{outline:3px solid #b45309;outline-offset:2px}',
  '.error{color:#991b1b;background:#fef2f2;border:1px solid #991b1b;padding:.5rem;border-radius:4px}.hint{color:#374151;font-size:.9rem}',
].join('');

const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

/**
 * The pages' policy. form-action also lists loopback origins: a submitted form's redirect chain ends at
 * the console's loopback redirect (RFC 8252), which the browser checks against form-action too.
 * script-src names a source so oidc-provider can add the hash of its one auto-submitting form (form_post).
 */
export const IDENTITY_PAGE_CSP = `default-src 'none'; script-src 'self'; style-src 'sha256-${STYLE_HASH}'; form-action 'self' http://127.0.0.1:* http://localhost:* http://[::1]:*; frame-ancestors 'none'; base-uri 'none'`;

/** Escapes text for HTML bodies and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} · Sandbox identity provider</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

/** What the sign-in page needs; `username` refills the field after a wrong password. */
export interface SignInPageInput {
  readonly action: string;
  readonly username?: string;
  readonly error?: string;
}

/** The sign-in form: user name and password, the error (if any) announced and tied to the password. */
export function renderSignInPage({ action, username = '', error }: SignInPageInput): string {
  const alert = error ? `<p id="sign-in-error" class="error" role="alert">${escapeHtml(error)}</p>` : '';
  const described = error ? ' aria-describedby="sign-in-error" aria-invalid="true"' : '';
  const focusUser = username === '' ? ' autofocus' : '';
  const focusPassword = username === '' ? '' : ' autofocus';
  return page('Sign in', `<h1>Sign in to Rep Console</h1>${alert}
<form method="post" action="${escapeHtml(action)}">
<label for="username">User name</label><input id="username" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required value="${escapeHtml(username)}"${focusUser}>
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required${described}${focusPassword}>
<button type="submit">Sign in</button>
</form><p class="hint">Sandbox users: rep1, rep2, lead1 — password sandbox</p>`);
}

/** The sign-out confirmation: oidc-provider's hidden form (its anti-forgery value) and our two buttons. */
export function renderSignOutPage(form: string): string {
  return page('Sign out', `<h1>Sign out of your company account?</h1>
<p>Rep Console has signed you out. Sign out here too, so the next person at this desk has to enter a password.</p>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>Sign out</button>
<button type="submit" form="op.logoutForm" class="secondary">Stay signed in</button>`);
}

/** After sign-out: nothing left to do here. */
export function renderSignedOutPage(): string {
  return page('Signed out', '<h1>You are signed out</h1><p>You can close this tab.</p>');
}

/** An error the provider met, in words; never the request's values. */
export function renderErrorPage(message: string): string {
  return page('Sign-in problem', `<h1>Sign-in problem</h1><p role="alert">${escapeHtml(message)}</p><p>Go back to Rep Console and try again.</p>`);
}
