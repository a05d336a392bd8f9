/**
 * What a seeded database is a function of — member count, seed and as-of date — with the defaults
 * and the checks that turn a bad flag into a sentence instead of a stack trace.
 */
import { isIsoDate } from '../../shared/lib/dates';
import { isoDates } from '../calendar/iso-dates';
import { hasBenefitYear } from './part-d-benefit';

/** The three inputs a seeded database is a pure function of. */
export interface SeedParameters {
  readonly members: number;
  readonly seed: number;
  /** The backend's business date; its year is the plan year bills are computed for. */
  readonly asOf: string;
}

/** The parameters `npm start` and the CLI use unless told otherwise. */
export const DEFAULT_SEED_PARAMETERS: SeedParameters = { members: 5_000, seed: 1, asOf: '2026-11-15' };

/** Bump whenever the generator's output changes, so databases seeded by an older generator are rebuilt. */
export const GENERATOR_VERSION = '3';

/** The largest run the sandbox accepts; beyond this a single-file SQLite demo stops being useful. */
export const MAX_MEMBERS = 1_000_000;

/** Raised for parameters the seed cannot use; the message says what to change. */
export class SeedParameterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SeedParameterError';
  }
}

/** Fills in defaults and validates; throws SeedParameterError with a readable message. */
export function resolveSeedParameters(input: Partial<SeedParameters> = {}): SeedParameters {
  const params = { ...DEFAULT_SEED_PARAMETERS, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) } as SeedParameters;
  if (!Number.isInteger(params.members) || params.members < 1 || params.members > MAX_MEMBERS) {
    throw new SeedParameterError(`The member count must be a whole number from 1 to ${MAX_MEMBERS.toLocaleString('en-US')}; got ${String(params.members)}.`);
  }
  if (!Number.isInteger(params.seed) || params.seed < 0 || params.seed > 0xffff_ffff) {
    throw new SeedParameterError(`The seed must be a whole number from 0 to 4294967295; got ${String(params.seed)}.`);
  }
  if (typeof params.asOf !== 'string' || !isIsoDate(params.asOf)) {
    throw new SeedParameterError(`The as-of date must be a real date written YYYY-MM-DD, e.g. 2026-11-15; got ${String(params.asOf)}.`);
  }
  const year = isoDates.yearOf(params.asOf);
  if (!hasBenefitYear(year)) {
    throw new SeedParameterError(`The sandbox cannot seed plan year ${year}: no out-of-pocket threshold or Part D benefit is configured for it. Use an as-of date in 2025 or 2026.`);
  }
  return params;
}

/** The meta-table form of the parameters; two databases with equal entries hold the same data. */
export function toSeedMeta(params: SeedParameters, schemaVersion: number): Record<string, string> {
  return {
    generator: 'rep-console-sandbox',
    generatorVersion: GENERATOR_VERSION,
    schemaVersion: String(schemaVersion),
    members: String(params.members),
    seed: String(params.seed),
    asOf: params.asOf,
  };
}
