/** The renderer's origin in Electron: a privileged custom scheme, so it is never a file:// page. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'rep-console';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The strict CSP for every document we serve: our own scripts and styles, nothing remote. */
export const APP_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The origin of a URL, custom schemes included. WHATWG `URL.origin` is the string "null" for any
 * scheme that is not special (app:, custom protocols), so comparing it with APP_ORIGIN would refuse
 * our own renderer; scheme + host is what Chromium reports as the frame's origin for a standard scheme.
 */
export function originOfUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null;
  } catch {
    return null;
  }
}
