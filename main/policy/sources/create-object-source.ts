/** Settings already in hand (the developer environment overrides, a test's layer), as a source like any other. */
import type { PolicySource } from './policy-source';

/** A source holding `values`; empty sections count as nothing set. */
export function createObjectSource(name: string, values: Record<string, Record<string, unknown>>): PolicySource {
  const isEmpty = Object.values(values).every((section) => Object.keys(section).length === 0);
  return { name, read: () => (isEmpty ? null : values) };
}
