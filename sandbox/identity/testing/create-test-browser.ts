/**
 * A minimal browser for tests of the sign-in flow: follows redirects, keeps the provider's cookies
 * between visits (so a second sign-in sees the provider session), fills in and posts the sign-in form
 * when it is shown, submits the provider's self-submitting forms as a browser's script would, and stops
 * at the console's loopback redirect, which it requests like a browser would.
 */

/** What one visit saw: whether the provider asked for a password, and where it ended. */
export interface BrowserVisit {
  readonly wasPasswordAsked: boolean;
  /** The last URL requested (the loopback callback when the flow got there). */
  readonly finalUrl: string;
  readonly status: number;
  readonly body: string;
}

/** A user at the keyboard: what they type into the sign-in form when asked. */
export interface TestCredentials {
  readonly username: string;
  readonly password: string;
}

/** A browser with its own cookie jar. */
export interface TestBrowser {
  /** Visits `url`; `credentials` are typed into the sign-in form if one appears (else the visit ends there). */
  visit(url: string, credentials?: TestCredentials): Promise<BrowserVisit>;
  /** On a sign-out confirmation page, presses "Sign out". */
  confirmSignOut(url: string): Promise<BrowserVisit>;
  forgetCookies(): void;
}

const isLoopbackCallback = (url: URL, issuer: string) => url.origin !== new URL(issuer).origin;

/**
 * Creates a browser that treats every origin other than `issuer`'s as the console's loopback server;
 * with `isCallbackFetched` false it stops before requesting it (no console listening: the test exchanges the code).
 */
export function createTestBrowser(issuer: string, { isCallbackFetched = true }: { isCallbackFetched?: boolean } = {}): TestBrowser {
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
  };

  async function follow(start: string, init: RequestInit, credentials: TestCredentials | undefined, wasAsked = false): Promise<BrowserVisit> {
    let url = new URL(start);
    let request = init;
    let wasPasswordAsked = wasAsked;
    for (let hop = 0; hop < 20; hop += 1) {
      const isProvider = !isLoopbackCallback(url, issuer);
      if (!isProvider && !isCallbackFetched) return { wasPasswordAsked, finalUrl: url.href, status: 0, body: '' };
      const response = await fetch(url, { ...request, redirect: 'manual', headers: { ...(request.headers as Record<string, string>), ...(isProvider ? { cookie: cookieHeader() } : {}) } });
      if (isProvider) keep(response);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        url = new URL(location, url);
        request = {};
        continue;
      }
      const body = await response.text();
      // oidc-provider's self-submitting forms (form_post: a sign-out before another account signs in), as a browser runs them.
      const autoSubmit = /document\.forms\[0\]\.submit\(\)[\s\S]*<form method="post" action="([^"]+)">([\s\S]*?)<\/form>/.exec(body);
      if (autoSubmit && isProvider) {
        const fields = [...(autoSubmit[2] ?? '').matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"\/>/g)].map(([, name = '', value = '']): [string, string] => [name, value]);
        url = new URL(autoSubmit[1]!, url);
        request = { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() };
        continue;
      }
      const form = /<form method="post" action="([^"]+)">[\s\S]*name="password"/.exec(body);
      if (!form || !credentials || !isProvider) return { wasPasswordAsked: wasPasswordAsked || form !== null, finalUrl: url.href, status: response.status, body };
      wasPasswordAsked = true;
      url = new URL(form[1]!, url);
      request = { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ ...credentials }).toString() };
      credentials = undefined;
    }
    throw new Error('Too many redirects in the sign-in flow.');
  }

  return {
    visit: (url, credentials) => follow(url, {}, credentials),
    async confirmSignOut(url) {
      const page = await follow(url, {}, undefined);
      const form = /<form id="op.logoutForm" method="post" action="([^"]+)"><input type="hidden" name="xsrf" value="([^"]+)"\/>/.exec(page.body);
      if (!form) return page;
      const body = new URLSearchParams({ xsrf: form[2]!, logout: 'yes' }).toString();
      return follow(new URL(form[1]!, page.finalUrl).href, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body }, undefined);
    },
    forgetCookies: () => jar.clear(),
  };
}
