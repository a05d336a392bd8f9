/**
 * One place settings can come from: a registry key, a managed preferences file, a JSON file, the
 * environment. The resolver asks each in precedence order; readers never validate, the schema does.
 */

/** A source as the resolver sees it. */
export interface PolicySource {
  /** Names the place for IT and for the diagnostics export, e.g. `Windows registry HKLM\Software\Policies\RepConsole`. */
  readonly name: string;
  /**
   * The settings found there as sections (`{ backend: { url } }`), or null when nothing is configured
   * here. Throws PolicyError when the place holds something unreadable (naming the place); reports
   * entries it ignores (a newer template's policy) through `warn`.
   */
  read(warn: (message: string) => void): Record<string, unknown> | null;
  /** Where one setting lives in this source, for messages, e.g. `…\RepConsole\Backend: Url`. Default: `<name>: <dotted path>`. */
  locate?(path: readonly string[]): string;
}
