/**
 * Names every shared zod schema for the OpenAPI document, so the document reuses components
 * (`#/components/schemas/MemberProfile`) exactly where the code reuses schemas, and adds the
 * descriptions a refine or transform cannot carry into JSON Schema.
 */
import { z } from 'zod';
import * as routes from '../../shared/api/routes';
import * as billing from '../../shared/domain/billing';
import * as claims from '../../shared/domain/claims';
import * as client from '../../shared/domain/client';
import * as contacts from '../../shared/domain/contacts';
import * as member from '../../shared/domain/member';
import * as memberProfile from '../../shared/domain/member-profile';
import * as memberSearch from '../../shared/domain/member-search';
import * as participation from '../../shared/domain/participation';
import * as payments from '../../shared/domain/payments';
import * as primitives from '../../shared/domain/primitives';
import * as refunds from '../../shared/domain/refunds';
import * as session from '../../shared/domain/session';

const MODULES: readonly Record<string, unknown>[] = [primitives, client, member, participation, billing, payments, refunds, claims, contacts, memberProfile, memberSearch, session, routes];

/** What JSON Schema loses from a refine or transform, said in words (and a format where one exists). */
const NOTES = new Map<z.ZodType, Record<string, unknown>>([
  [primitives.IsoDateSchema, { format: 'date', description: 'A calendar date, YYYY-MM-DD.' }],
  [primitives.CentsSchema, { description: 'Money in integer cents; never floating dollars.' }],
  [primitives.MbiSchema, { description: 'Medicare Beneficiary Identifier, 11 characters. Requests may use lower case and dashes (1eg4-te5-mk73); responses are bare upper case.', examples: ['1EG4TE5MK73'] }],
  [primitives.MemberIdSchema, { description: "The client's three-letter prefix and nine digits; requests are trimmed and upper-cased.", examples: ['NSH400012345'] }],
  [primitives.E164PhoneSchema, { description: 'A North American phone number. Requests accept national formats; responses are E.164.', examples: ['+16125550142'] }],
  [primitives.ConfirmationNumberSchema, { examples: ['M3P-7Q4K-2C9D'] }],
  [memberSearch.DateOfBirthSchema, { description: 'A date of birth, YYYY-MM-DD: a real date, after 1900, not in the future.' }],
]);

/** The zod registry plus the helpers the document builder uses with it. */
export interface SchemaRegistry {
  readonly registry: z.core.$ZodRegistry<{ id: string }>;
  /** Registers a schema under `id` unless it already has a name; returns the name it goes by. */
  name(schema: z.ZodType, id: string): string;
  /** The `override` hook for z.toJSONSchema that applies the notes. */
  annotate(ctx: { zodSchema: unknown; jsonSchema: Record<string, unknown> }): void;
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
    annotate(ctx) {
      const note = NOTES.get(ctx.zodSchema as z.ZodType);
      if (note) Object.assign(ctx.jsonSchema, note);
    },
  };
}
