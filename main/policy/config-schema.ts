/**
 * Every setting the console reads, with its default; every policy source is validated against this.
 *
 * It is also the one source of the admin templates (`npm run admin-templates`: JSON Schema, ADMX/ADML,
 * .mobileconfig, policy.json): each section and setting carries a `title` and a `description` written
 * for IT, and `examples` where the default (null) would make a useless template.
 */
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
        url: httpUrlSchema('backend.url', 'member data and sign-in tokens', 'https://m3p.example-plan.com').nullable().default(null).meta({
          title: 'Payer backend URL',
          description: 'The payer backend the console reads members from and sends every change to. Required in production; must be https (plain http only to this machine, for the sandbox). Not set: the console does not start (the developer launchers point it at the sandbox).',
          examples: ['https://m3p.example-plan.com'],
        }),
        timeoutMs: z.number().int().min(500).max(120_000).default(8_000).meta({
          title: 'Backend request timeout (milliseconds)',
          description: 'How long one request to the payer backend may take before the console gives up on it (and retries it when that is safe).',
        }),
        maxRetries: z.number().int().min(0).max(5).default(2).meta({
          title: 'Backend retries',
          description: 'How many times a failed read, or a change carrying its idempotency key, is sent again before the rep is told.',
        }),
      })
      .strict()
      .prefault({})
      .meta({ title: 'Payer backend', description: 'Where member data comes from and changes go.' }),
    processor: z
      .object({
        url: httpUrlSchema('processor.url', 'card numbers and security codes', 'https://tokens.example-processor.com').nullable().default(null).meta({
          title: 'Payment processor tokenisation URL',
          description: "The payment processor's tokenisation service: card and bank digits go only there, never to the payer backend. Must be https. Not set: payments by card or bank account are unavailable.",
          examples: ['https://tokens.example-processor.com'],
        }),
        timeoutMs: z.number().int().min(500).max(60_000).default(10_000).meta({
          title: 'Processor request timeout (milliseconds)',
          description: 'How long one request to the tokenisation service may take.',
        }),
      })
      .strict()
      .prefault({})
      .meta({ title: 'Payment processor', description: 'The tokenisation service card and bank details are sent to.' }),
    cache: z
      .object({
        ttlSeconds: z.number().int().min(60).max(7 * 24 * 3600).default(12 * 3600).meta({
          title: 'Cache time-to-live (seconds)',
          description: 'How long member data (PHI) may stay in the encrypted cache on the desktop after it was fetched. Older entries are deleted.',
        }),
        maxEntriesPerRep: z.number().int().min(1).max(100_000).default(200).meta({
          title: 'Cached members per rep',
          description: 'The most member records one rep may have in the cache; the oldest are dropped first.',
        }),
        maxEntriesTotal: z.number().int().min(1).max(1_000_000).default(5_000).meta({
          title: 'Cached members in total',
          description: 'The most member records the cache on this desktop may hold across all reps (shared workstations).',
        }),
        freshForSeconds: z.number().int().min(0).max(3600).default(30).meta({
          title: 'Fresh for (seconds)',
          description: 'A cached copy younger than this is shown without asking the backend again.',
        }),
      })
      .strict()
      .prefault({})
      .meta({ title: 'Member cache', description: 'The encrypted cache of recently opened members on the desktop.' }),
    connection: z
      .object({
        healthCheckIntervalMs: z.number().int().min(500).max(60_000).default(3_000).meta({
          title: 'Health check interval (milliseconds)',
          description: "How often the backend's health is checked while no request has answered: the delay before the offline banner appears or goes.",
        }),
      })
      .strict()
      .prefault({})
      .meta({ title: 'Connection', description: 'How the console notices that the backend is unreachable.' }),
    softphone: z
      .object({
        linkPort: z.number().int().min(0).max(65_535).default(47_615).meta({
          title: 'Softphone link port',
          description: 'The loopback port (127.0.0.1) a desktop softphone connects to (docs/softphone-protocol.md). 0 picks a free port at each start.',
        }),
        allowGlobalHotkeys: z.boolean().default(false).meta({
          title: 'Allow global call hotkeys',
          description: 'Lets the console register answer and hang-up as hotkeys that work from any application. Off by default: they may clash with other applications.',
        }),
        pairingCodeTtlSeconds: z.number().int().min(30).max(3600).default(300).meta({
          title: 'Pairing code lifetime (seconds)',
          description: 'How long a pairing code shown to the rep stays valid for connecting a softphone.',
        }),
      })
      .strict()
      .prefault({})
      .meta({ title: 'Softphone', description: 'The link between the console and the desktop softphone.' }),
    interactions: z
      .object({
        disclosureWithoutCall: z.enum(['full', 'name_only']).default('full').meta({
          title: 'Member data shown without a call',
          description: "What a rep sees of a member with no caller on the line (back-office work: mail, a team lead's queue): full, or name_only for a center where records are opened only during a verified call. During a call the caller's verification decides, whatever this says.",
        }),
      })
      .strict()
      .prefault({})
      .meta({ title: 'Interactions', description: 'What reps may see of a member outside a call.' }),
    identity: z
      .object({
        issuerUrl: httpUrlSchema('identity.issuerUrl', 'sign-in codes and tokens', 'https://login.example-plan.com').nullable().default(null).meta({
          title: 'OpenID Connect issuer URL',
          description: "The company's OpenID Connect provider; reps sign in there, in the system browser. Must be https. Not set: the backend's own password sign-in, which only the sandbox offers.",
          examples: ['https://login.example-plan.com'],
        }),
        clientId: z.string().trim().min(1).max(200).default('rep-console').meta({
          title: 'OpenID Connect client id',
          description: "The console's client id at the provider: a public native client (no client secret) allowed to redirect to http://127.0.0.1/callback on any port.",
        }),
        extraScopes: z.array(z.string().regex(/^[\x21\x23-\x5b\x5d-\x7e]+$/, 'identity.extraScopes holds scope names without spaces or quotes')).max(20).default([]).meta({
          title: 'Extra scopes',
          description: 'Scopes to request beyond openid, profile and offline_access, one per entry (for example the scope that adds role claims).',
        }),
        redirectPort: z.number().int().min(0).max(65_535).default(0).meta({
          title: 'Sign-in redirect port',
          description: 'The loopback port the provider redirects to after sign-in. 0 picks a free port for each sign-in (the provider must then accept any port on 127.0.0.1).',
        }),
      })
      .strict()
      .prefault({})
      .meta({ title: 'Sign-in', description: 'Single sign-on with the company identity provider.' }),
    session: z
      .object({
        idleLockSeconds: z.number().int().min(5).max(8 * 3600).default(600).meta({
          title: 'Idle lock (seconds)',
          description: 'How long without keyboard or mouse input before member data is hidden behind the lock screen; unlocking needs a new sign-in. Never while a call is connected.',
        }),
      })
      .strict()
      .prefault({})
      .meta({ title: 'Session', description: 'Locking an unattended console.' }),
    updates: z
      .object({
        enabled: z.boolean().default(true).meta({
          title: 'Look for updates',
          description: 'Off: the console never looks for updates (IT ships every version itself).',
        }),
        feedUrl: httpUrlSchema('updates.feedUrl', 'the installers reps run', 'https://updates.example-plan.com/rep-console').nullable().default(null).meta({
          title: 'Update feed URL',
          description: 'The internal update feed: a folder served over https holding latest.yml and the installers. Not set: no updates.',
          examples: ['https://updates.example-plan.com/rep-console'],
        }),
        channel: z.enum(['stable', 'pilot']).default('stable').meta({
          title: 'Update channel',
          description: "pilot: the pilot group's early builds; stable: everyone else.",
        }),
        pinnedVersion: z.string().regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'updates.pinnedVersion must be a version such as 1.4.2').nullable().default(null).meta({
          title: 'Pinned version',
          description: 'Install exactly this version and no other (a freeze while a release is investigated), for example 1.4.2. Not set or empty: follow the channel.',
        }),
        autoDownload: z.boolean().default(true).meta({
          title: 'Download updates in the background',
          description: 'Download an update as soon as it is found (off: only when the rep asks). Updates are installed only when no call is ringing, connected or in wrap-up.',
        }),
        deferralDays: z.number().int().min(0).max(60).default(0).meta({
          title: 'Deferral (days)',
          description: 'Days a release must have been published before this desktop takes it (a staged rollout).',
        }),
      })
      .strict()
      .prefault({})
      .meta({ title: 'Updates', description: 'Controlled updates from an internal feed.' }),
    diagnostics: z
      .object({
        destination: z.string().trim().min(1).max(1024).nullable().default(null).meta({
          title: 'Diagnostics destination folder',
          description: "Where Export diagnostics writes its archive, for example a share IT collects from. Not set: the user's Downloads folder.",
        }),
      })
      .strict()
      .prefault({})
      .meta({ title: 'Diagnostics', description: 'Where exported diagnostics archives go.' }),
    uninstall: z
      .object({
        removeUserData: z.boolean().default(false).meta({
          title: 'Remove user data on uninstall',
          description: "For shared workstations: the uninstaller deletes every user's cache and durable store, so no member data outlives the console.",
        }),
      })
      .strict()
      .prefault({})
      .meta({ title: 'Uninstall', description: 'What removing the console leaves behind.' }),
    logging: z
      .object({
        level: z.enum(['fatal', 'error', 'warn', 'info', 'debug']).default('info').meta({
          title: 'Log level',
          description: 'The least severe entries written to the log files (member data and secrets are redacted at every level).',
        }),
      })
      .strict()
      .prefault({})
      .meta({ title: 'Logging', description: "The console's log files." }),
  })
  .strict();

export type Config = z.output<typeof ConfigSchema>;
/** What a policy or settings file may contain: any subset of the settings. */
export type ConfigOverrides = z.input<typeof ConfigSchema>;
