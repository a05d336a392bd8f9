/**
 * Names every shared zod schema for the OpenAPI document, so the document reuses components
 * (`#/components/schemas/MemberProfile`) exactly where the code reuses schemas, and adds what a refine
 * or transform cannot carry into JSON Schema — for requests (what a caller may send, loosely typed)
 * and for responses (the normalised form a backend sends, with its pattern) separately.
 */
import { z } from 'zod';
import * as routes from '../../shared/api/routes';
import * as billing from '../../shared/domain/billing';
import * as claims from '../../shared/domain/claims';
import * as client from '../../shared/domain/client';
import * as clientRules from '../../shared/domain/client-rules';
import * as contacts from '../../shared/domain/contacts';
import * as member from '../../shared/domain/member';
import * as memberProfile from '../../shared/domain/member-profile';
import * as memberSearch from '../../shared/domain/member-search';
import * as participation from '../../shared/domain/participation';
import * as participationChanges from '../../shared/domain/participation-changes';
import * as payments from '../../shared/domain/payments';
import * as primitives from '../../shared/domain/primitives';
import * as refunds from '../../shared/domain/refunds';
import * as representatives from '../../shared/domain/representatives';
import * as session from '../../shared/domain/session';
import { MBI_POSITION_ALPHABETS } from '../../shared/lib/mbi';

const MODULES: readonly Record<string, unknown>[] = [
  primitives, client, clientRules, member, participation, participationChanges, representatives, billing, payments, refunds, claims, contacts,
  memberProfile, memberSearch, session, routes,
];

type Json = Record<string, unknown>;
type Io = 'input' | 'output';

const MBI_PATTERN = `^${MBI_POSITION_ALPHABETS.map((letters) => `[${letters}]`).join('')}$`;

/** Notes for both sides, then per side; a side's note wins. */
const NOTES = new Map<z.ZodType, { both?: Json; input?: Json; output?: Json }>([
  [primitives.IsoDateSchema, { both: { format: 'date', description: 'A calendar date, YYYY-MM-DD.' } }],
  [primitives.CentsSchema, { both: { description: 'Money in integer cents; never floating dollars.' } }],
  [primitives.MbiSchema, {
    input: { description: 'Medicare Beneficiary Identifier as typed: lower case, dashes and spaces are accepted (1eg4-te5-mk73) and normalised.', minLength: 11, examples: ['1EG4-TE5-MK73'] },
    output: { type: 'string', pattern: MBI_PATTERN, description: 'Medicare Beneficiary Identifier: 11 characters, bare upper case, no dashes.', examples: ['1EG4TE5MK73'] },
  }],
  [primitives.MemberIdSchema, {
    input: { description: "A member ID as typed; it is trimmed and upper-cased, then must be the client's three-letter prefix and nine digits.", examples: ['nsh400012345'] },
    output: { description: "The client's three-letter prefix and nine digits.", examples: ['NSH400012345'] },
  }],
  [primitives.E164PhoneSchema, {
    input: { description: 'A North American phone number in any national format, e.g. (612) 555-0142 or +16125550142.', examples: ['(612) 555-0142'] },
    output: { type: 'string', pattern: '^\\+1[2-9][0-9]{2}[2-9][0-9]{6}$', description: 'A North American phone number in E.164.', examples: ['+16125550142'] },
  }],
  [primitives.ConfirmationNumberSchema, { both: { examples: ['M3P-7Q4K-2C9D'] } }],
  [memberSearch.DateOfBirthSchema, { both: { description: 'A date of birth, YYYY-MM-DD: a real date, after 1900, not in the future.' } }],
]);

/** Transforms whose output side a note describes; any other transform cannot be represented. */
const DESCRIBED_TRANSFORMS = new Set<unknown>([primitives.MbiSchema, primitives.E164PhoneSchema].map((schema) => (schema._zod.def as { out?: unknown }).out));

/** The zod registry plus the helpers the document builder uses with it. */
export interface SchemaRegistry {
  readonly registry: z.core.$ZodRegistry<{ id: string }>;
  /** Registers a schema under `id` unless it already has a name; returns the name it goes by. */
  name(schema: z.ZodType, id: string): string;
  /** The `override` hook for z.toJSONSchema that applies the notes of one side. */
  annotate(io: Io): (ctx: { zodSchema: unknown; jsonSchema: Json }) => void;
  /** The `unrepresentable` hook: a described transform's output is filled in by its note, anything else throws. */
  unrepresentable(ctx: { zodSchema: unknown }): Json | 'throw';
}

/** Registers every `…Schema` export of shared/domain and shared/api as a component named without the suffix. */
export function createSchemaRegistry(): SchemaRegistry {
  const registry = z.registry<{ id: string }>();
  const name = (schema: z.ZodType, id: string): string => {
    const existing = registry.get(schema);
    if (existing) return existing.id;
    registry.add(schema, { id });
    return id;
  };
  for (const module of MODULES) {
    for (const [exportName, value] of Object.entries(module)) {
      if (exportName.endsWith('Schema') && value instanceof z.ZodType) name(value, exportName.slice(0, -'Schema'.length));
    }
  }
  return {
    registry,
    name,
    annotate: (io) => (ctx) => {
      const note = NOTES.get(ctx.zodSchema as z.ZodType);
      if (note) Object.assign(ctx.jsonSchema, note.both, note[io]);
    },
    unrepresentable: (ctx) => (DESCRIBED_TRANSFORMS.has(ctx.zodSchema) ? {} : 'throw'),
  };
}
