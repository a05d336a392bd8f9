/** Every setting the console reads, with its default; IT's policy file is validated against this. */
import { z } from 'zod';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * PHI and bearer tokens cross this link, so plain http is allowed only to this machine (the sandbox).
 * The URL is returned in its parsed, normalised form, so what was checked is what the client dials.
 */
const HttpUrlSchema = z
  .url({ protocol: /^https?$/, message: 'backend.url must be an http(s) URL, e.g. https://m3p.example-plan.com', abort: true })
  .refine((url) => {
    const { username, password } = new URL(url);
    return username === '' && password === '';
  }, { message: 'backend.url must not contain a user name or password', abort: true })
  .refine((url) => {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' || LOOPBACK_HOSTS.has(hostname);
  }, 'backend.url must use https: member data and sign-in tokens travel over it (plain http is allowed only to this machine: 127.0.0.1, localhost or [::1])')
  .transform((url) => new URL(url).href.replace(/\/+$/, ''));

export const ConfigSchema = z
  .object({
    backend: z
      .object({
        /** Null until configured: the dev launchers point it at the sandbox; IT sets it by policy. */
        url: HttpUrlSchema.nullable().default(null),
        timeoutMs: z.number().int().min(500).max(120_000).default(8_000),
        maxRetries: z.number().int().min(0).max(5).default(2),
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
    logging: z
      .object({ level: z.enum(['fatal', 'error', 'warn', 'info', 'debug']).default('info') })
      .strict()
      .prefault({}),
  })
  .strict();

export type Config = z.output<typeof ConfigSchema>;
/** What a policy or settings file may contain: any subset of the settings. */
export type ConfigOverrides = z.input<typeof ConfigSchema>;
