/**
 * Turns a zod issue into a sentence IT can act on, naming the setting by its dotted path.
 *
 * zod's own wording ("expected number, received string") does not say which setting or what range is
 * allowed; the setting list does. Custom messages from config-schema.ts already name their setting and
 * are kept as they are.
 */
import type { z } from 'zod';
import { findSetting, listSettings, type PolicySetting } from './list-settings';

/** One problem: the setting it is about (section and key, or a section alone) and what is wrong. */
export interface PolicyProblem {
  readonly path: readonly string[];
  readonly text: string;
}

function expected(setting: PolicySetting): string {
  switch (setting.kind) {
    case 'integer':
      return `a whole number from ${setting.minimum ?? 0} to ${setting.maximum ?? Number.MAX_SAFE_INTEGER}`;
    case 'boolean':
      return 'true or false';
    case 'enum':
      return `one of ${(setting.values ?? []).join(', ')}`;
    case 'stringList':
      return `a list of text values${setting.maxItems === undefined ? '' : ` (at most ${setting.maxItems})`}`;
    default:
      return setting.maxLength === undefined ? 'text' : `text of at most ${setting.maxLength} characters`;
  }
}

/** How a found value is named in a message, without repeating it (a URL may hold more than it should). */
function describeFound(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return Number.isInteger(value) ? `${value}` : 'a fractional number';
    case 'boolean':
      return `${value}`;
    default:
      return `a ${typeof value === 'object' ? 'group of values' : typeof value}`;
  }
}

/** Describes one issue; `found` is the value at the issue's path. */
export function describePolicyIssue(issue: z.core.$ZodIssue, found: unknown): PolicyProblem[] {
  const [section, key] = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    if (section === undefined) {
      const sections = [...new Set(listSettings().map((setting) => setting.section))].join(', ');
      return issue.keys.map((name) => ({ path: [name], text: `${name} is not a section the console knows (it knows ${sections})` }));
    }
    return issue.keys.map((name) => ({ path: [section, name], text: `${section}.${name} is not a setting the console knows` }));
  }
  if (section === undefined) return [{ path: [], text: `the settings must be a group of sections, not ${describeFound(found)}` }];
  if (key === undefined) return [{ path: [section], text: `${section} must be a group of settings, not ${describeFound(found)}` }];
  const path = `${section}.${key}`;
  const setting = findSetting(path);
  if (issue.message.includes(path) || !setting) return [{ path: [section, key], text: issue.message.includes(path) ? issue.message : `${path}: ${issue.message}` }];
  if (issue.path.length > 2) return [{ path: [section, key], text: `each entry of ${path} must be text, not ${describeFound(found)}` }];
  if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'string') {
    return [{ path: [section, key], text: setting.maxLength === undefined ? `${path} must not be empty` : `${path} must be text of 1 to ${setting.maxLength} characters` }];
  }
  if (issue.code === 'too_big' && issue.origin === 'array') return [{ path: [section, key], text: `${path} must hold at most ${setting.maxItems ?? issue.maximum} entries` }];
  // A text value outside an enum needs no "not text": the allowed values say it.
  const not = setting.kind === 'enum' && typeof found === 'string' ? '' : `, not ${describeFound(found)}`;
  return [{ path: [section, key], text: `${path} must be ${expected(setting)}${not}` }];
}
