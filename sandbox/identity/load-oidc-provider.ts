/**
 * Imports oidc-provider once — the one place its untyped module is touched (oidc-provider-types.ts
 * says what we use of it) — without its import-time warning that Node 20 is unsupported: it runs on
 * Node 20 (TOOLCHAIN.md), and the line would otherwise repeat on every sandbox start and in every test
 * file that starts one. Its other warnings and notices pass through.
 */
import type { OidcProviderClass } from './oidc-provider-types';

/** A variable specifier: the compiler does not look for types the package does not have. */
const MODULE = 'oidc-provider';
let loading: Promise<OidcProviderClass> | null = null;

/** The Provider class. */
export function loadOidcProvider(): Promise<OidcProviderClass> {
  loading ??= (async () => {
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      if (!String(args[0]).includes('Unsupported runtime')) warn(...args);
    };
    try {
      const loaded = (await import(MODULE)) as { default: OidcProviderClass };
      return loaded.default;
    } finally {
      console.warn = warn;
    }
  })();
  return loading;
}
