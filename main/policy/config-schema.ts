/** Every setting the console reads, with its default; IT's policy file is validated against this. */
import { z } from 'zod';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * PHI, bearer tokens and card data cross these links, so plain http is allowed only to this machine
 * (the sandbox). The URL is returned in its parsed, normalised form, so what was checked is what the
 * client dials. `setting` names the policy key in every message, so IT knows which one to fix.
 */
function httpUrlSchema(setting: string, carries: string, example: string) {
  return z
    .url({ protocol: /^https?$/, message: `${setting} must be an http(s) URL, e.g. ${example}`, abort: true })
    .refine((url) => {
      const { username, password } = new URL(url);
      return username === '' && password === '';
    }, { message: `${setting} must not contain a user name or password`, abort: true })
    .refine((url) => {
      const { protocol, hostname } = new URL(url);
      return protocol === 'https:' || LOOPBACK_HOSTS.has(hostname);
    }, `${setting} must use https: ${carries} travel over it (plain http is allowed only to this machine: 127.0.0.1, localhost or [::1])`)
    .transform((url) => new URL(url).href.replace(/\/+$/, ''));
}

export const ConfigSchema = z
  .object({
    backend: z
      .object({
        /** Null until configured: the dev launchers point it at the sandbox; IT sets it by policy. */
        url: httpUrlSchema('backend.url', 'member data and sign-in tokens', 'https://m3p.example-plan.com').nullable().default(null),
        timeoutMs: z.number().int().min(500).max(120_000).default(8_000),
        maxRetries: z.number().int().min(0).max(5).default(2),
      })
      .strict()
      .prefault({}),
    processor: z
      .object({
        /**
         * The payment processor's tokenisation service: card and bank digits go only there, never to
         * the payer backend. Null until configured (the dev launchers point it at the sandbox's stand-in).
         */
        url: httpUrlSchema('processor.url', 'card numbers and security codes', 'https://tokens.example-processor.com').nullable().default(null),
        timeoutMs: z.number().int().min(500).max(60_000).default(10_000),
      })
      .strict()
      .prefault({}),
    cache: z
      .object({
        /** How long PHI may stay on disk after it was fetched. */
        ttlSeconds: z.number().int().min(60).max(7 * 24 * 3600).default(12 * 3600),
        maxEntriesPerRep: z.number().int().min(1).max(100_000).default(200),
        maxEntriesTotal: z.number().int().min(1).max(1_000_000).default(5_000),
        /** A cached copy younger than this is shown without refreshing it. */
        freshForSeconds: z.number().int().min(0).max(3600).default(30),
      })
      .strict()
      .prefault({}),
    connection: z
      .object({
        /** How often the backend's health is checked while no request has answered: the offline banner's delay. */
        healthCheckIntervalMs: z.number().int().min(500).max(60_000).default(3_000),
      })
      .strict()
      .prefault({}),
    softphone: z
      .object({
        /** The loopback port a desktop softphone connects to (docs/softphone-protocol.md); 0 picks a free one (tests). */
        linkPort: z.number().int().min(0).max(65_535).default(47_615),
        /** Lets the Electron host register call controls as global hotkeys (off: they may clash with other apps). */
        allowGlobalHotkeys: z.boolean().default(false),
        /** How long a pairing code shown to the rep stays valid. */
        pairingCodeTtlSeconds: z.number().int().min(30).max(3600).default(300),
      })
      .strict()
      .prefault({}),
    interactions: z
      .object({
        /**
         * What a rep sees of a member with no caller on the line (back-office work: mail, a team lead's
         * queue): 'full', or 'name_only' for a center where records are opened only during a verified call.
         * During a call the caller's verification decides, whatever this says (ADR 10).
         */
        disclosureWithoutCall: z.enum(['full', 'name_only']).default('full'),
      })
      .strict()
      .prefault({}),
    identity: z
      .object({
        /**
         * The company's OpenID Connect provider (RFC 8252 sign-in in the system browser). Null: the
         * backend's own password sign-in, which only the sandbox offers.
         */
        issuerUrl: httpUrlSchema('identity.issuerUrl', 'sign-in codes and tokens', 'https://login.example-plan.com').nullable().default(null),
        /** The console's public client id at the provider (a native app: no client secret). */
        clientId: z.string().trim().min(1).max(200).default('rep-console'),
        /** Extra scopes beyond openid, profile and offline_access (space-separated at the provider). */
        extraScopes: z.array(z.string().regex(/^[\x21\x23-\x5b\x5d-\x7e]+$/, 'identity.extraScopes holds scope names without spaces or quotes')).max(20).default([]),
        /** The loopback port the provider redirects to; 0 picks a free one per sign-in (register http://127.0.0.1/callback with any port). */
        redirectPort: z.number().int().min(0).max(65_535).default(0),
      })
      .strict()
      .prefault({}),
    session: z
      .object({
        /** How long without input before member data is locked away (never while a call is connected). */
        idleLockSeconds: z.number().int().min(5).max(8 * 3600).default(600),
      })
      .strict()
      .prefault({}),
    updates: z
      .object({
        /** Off: the console never looks for updates (IT ships every version itself). */
        enabled: z.boolean().default(true),
        /** The internal generic feed (a folder served over https holding latest.yml and the installers). Null: no updates. */
        feedUrl: httpUrlSchema('updates.feedUrl', 'the installers reps run', 'https://updates.example-plan.com/rep-console').nullable().default(null),
        /** pilot: the pilot group's early builds; stable: everyone else. */
        channel: z.enum(['stable', 'pilot']).default('stable'),
        /** Install exactly this version and no other (a freeze while a release is investigated); null follows the channel. */
        pinnedVersion: z.string().regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'updates.pinnedVersion must be a version such as 1.4.2').nullable().default(null),
        /** Download in the background as soon as an update is found (off: only when the rep asks). */
        autoDownload: z.boolean().default(true),
        /** Days a release must have been published before this desktop takes it (staged rollout). */
        deferralDays: z.number().int().min(0).max(60).default(0),
      })
      .strict()
      .prefault({}),
    diagnostics: z
      .object({
        /** Where "Export diagnostics" writes its archive (a share IT collects from); null: the user's Downloads folder. */
        destination: z.string().trim().min(1).max(1024).nullable().default(null),
      })
      .strict()
      .prefault({}),
    uninstall: z
      .object({
        /** Shared workstations: the uninstaller deletes every user's cache and durable store (PHI must not outlive the console). */
        removeUserData: z.boolean().default(false),
      })
      .strict()
      .prefault({}),
    logging: z
      .object({ level: z.enum(['fatal', 'error', 'warn', 'info', 'debug']).default('info') })
      .strict()
      .prefault({}),
  })
  .strict();

export type Config = z.output<typeof ConfigSchema>;
/** What a policy or settings file may contain: any subset of the settings. */
export type ConfigOverrides = z.input<typeof ConfigSchema>;
