/**
 * Works out the settings in force from sources in precedence order (highest first), remembering which
 * source each setting came from.
 *
 * Every source is validated on its own, so a bad value is reported with the place it was set (the
 * registry key and value, the plist key, the file) and all problems are reported at once: IT fixes
 * them in one round trip rather than one per restart. An invalid source stops start-up even when a
 * higher one overrides it: silently ignoring a broken policy hides it until the day it matters.
 */
import { ConfigSchema, type Config } from './config-schema';
import { describePolicyIssue } from './describe-policy-issue';
import { listSettings } from './list-settings';
import { PolicyError } from './policy-error';
import type { PolicySource } from './sources/policy-source';

/** The settings in force and where each came from (the diagnostics export shows both). */
export interface ResolvedPolicy {
  readonly config: Config;
  /** Dotted setting path (`backend.url`) → the name of the source its value came from, or `default`. */
  readonly origins: Readonly<Record<string, string>>;
  /** Every source consulted, highest precedence first, and whether it held any settings. */
  readonly sources: readonly { readonly name: string; readonly isPresent: boolean }[];
  /** Entries that were ignored (e.g. a policy from a newer template); worth a log line, not a refusal. */
  readonly warnings: readonly string[];
}

type Sections = Record<string, unknown>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function valueAt(values: Sections, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((at, key) => (isRecord(at) || Array.isArray(at) ? (at as Record<PropertyKey, unknown>)[key] : undefined), values);
}

function problemsIn(source: PolicySource, values: Sections): string[] {
  const result = ConfigSchema.safeParse(values);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) =>
    describePolicyIssue(issue, valueAt(values, issue.path)).map((problem) => `${source.locate?.(problem.path) ?? source.name}: ${problem.text}`),
  );
}

function merge(layers: readonly Sections[]): Sections {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const layer of [...layers].reverse()) {
    for (const [section, settings] of Object.entries(layer)) {
      if (isRecord(settings)) merged[section] = { ...merged[section], ...settings };
    }
  }
  return merged;
}

/** Reads every source, validates each, merges them by precedence; throws PolicyError listing every bad value. */
export function resolvePolicy(sources: readonly PolicySource[]): ResolvedPolicy {
  const warnings: string[] = [];
  const problems: string[] = [];
  const layers: { name: string; values: Sections }[] = [];
  const consulted = sources.map((source) => {
    let values: Sections | null = null;
    try {
      values = source.read((message) => warnings.push(`${source.name}: ${message}`));
    } catch (error) {
      if (!(error instanceof PolicyError)) throw error;
      problems.push(error.message);
    }
    if (values) {
      problems.push(...problemsIn(source, values));
      layers.push({ name: source.name, values });
    }
    return { name: source.name, isPresent: values !== null };
  });
  if (problems.length > 0) {
    throw new PolicyError(`The console's settings are not valid; fix each where it is set:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
  }
  const result = ConfigSchema.safeParse(merge(layers.map((layer) => layer.values)));
  if (!result.success) throw new PolicyError(`The console's settings are not valid together: ${result.error.message}`);
  const origins: Record<string, string> = {};
  for (const setting of listSettings()) {
    const from = layers.find((layer) => valueAt(layer.values, [setting.section, setting.key]) !== undefined);
    origins[setting.path] = from?.name ?? 'default';
  }
  return { config: result.data, origins, sources: consulted, warnings };
}
