/**
 * The slice of oidc-provider 9's API the sandbox uses, typed here because the package ships no types.
 * load-oidc-provider.ts is the one place the untyped module is imported; its configuration object is
 * checked by the provider itself at construction.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** What an interaction (sign-in or consent prompt) carries. */
export interface InteractionDetails {
  readonly uid: string;
  readonly prompt: { readonly name: string; readonly reasons: readonly string[]; readonly details: Readonly<Record<string, unknown>> };
  readonly params: Readonly<Record<string, unknown>>;
  readonly session?: { readonly accountId: string };
  readonly grantId?: string;
}

/** A grant the provider records for an account and client. */
export interface GrantInstance {
  addOIDCScope(scope: string): void;
  addResourceScope(resource: string, scope: string): void;
  save(): Promise<string>;
}

/** Koa's context, as far as our middleware uses it. */
export interface ProviderContext {
  set(name: string, value: string): void;
}

/** A provider instance. */
export interface OidcProvider {
  proxy: boolean;
  readonly Grant: { new (init: { accountId: string; clientId: string }): GrantInstance; find(id: string): Promise<GrantInstance | undefined> };
  callback(): (request: IncomingMessage, response: ServerResponse) => void;
  interactionDetails(request: IncomingMessage, response: ServerResponse): Promise<InteractionDetails>;
  interactionFinished(request: IncomingMessage, response: ServerResponse, result: Record<string, unknown>, options?: { mergeWithLastSubmission?: boolean }): Promise<void>;
  /** Koa middleware, run before the provider's own routes. */
  use(middleware: (ctx: ProviderContext, next: () => Promise<void>) => Promise<void>): this;
  on(event: string, listener: (...args: unknown[]) => void): this;
}

/** The Provider class: issuer and configuration. */
export type OidcProviderClass = new (issuer: string, configuration: Record<string, unknown>) => OidcProvider;
