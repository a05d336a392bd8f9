/**
 * The what-if calculator's inputs: plan year, opt-in month, what was already spent this year, and a
 * new prescription's cost sharing each month (or once). An empty money field means $0.00.
 */
import { z } from 'zod';
import { parseDollarsToCents } from './parse-dollars-to-cents';

const DollarsSchema = z.string().transform((text, context) => {
  if (text.trim() === '') return 0;
  const parsed = parseDollarsToCents(text);
  if (parsed.ok) return parsed.cents;
  context.addIssue({ code: 'custom', message: parsed.message });
  return z.NEVER;
});

/** Form values → numbers the calculator takes. */
export const WhatIfSchema = z.object({
  planYear: z.string().regex(/^\d{4}$/, 'Choose a plan year.').transform(Number),
  optInMonth: z.string().transform(Number).pipe(z.number().int().min(1).max(12)),
  alreadySpent: DollarsSchema,
  prescription: DollarsSchema,
  frequency: z.enum(['monthly', 'once']),
});

/** The fields as the form holds them. */
export type WhatIfDraft = z.input<typeof WhatIfSchema>;
/** The checked inputs, money in cents. */
export type WhatIfInputs = z.output<typeof WhatIfSchema>;
