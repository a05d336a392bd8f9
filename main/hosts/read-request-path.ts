/** The path of an HTTP request target, or null when it is not one a browser sends to this host. */

/**
 * Never throws: a hostile target such as `http://[` once ended the web host from its upgrade handler.
 * Only origin-form targets (`/path?query`) are accepted; absolute-form (`http://…`) is for proxies.
 */
export function readRequestPath(target: string | undefined): string | null {
  if (!target?.startsWith('/')) return null;
  try {
    // Concatenated, not resolved against a base: `//evil.example/x` must stay a path, not become a host.
    return new URL(`http://web-host${target}`).pathname;
  } catch {
    return null;
  }
}
