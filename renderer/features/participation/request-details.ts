/**
 * The details every participation request carries besides its authority: the channel it came in
 * by and the date it was made. Opt in and opt out share them, so both flows read the same.
 */
import { z } from 'zod';
import { OptInChannelSchema, type OptInChannel } from '../../../shared/domain/participation';
import { IsoDateSchema } from '../../../shared/domain/primitives';
import { formatIsoDate } from '../../../shared/lib/dates';
import type { RadioOption } from '../../ui/radio-group-field';
import { DOMAIN_LABELS } from '../domains/domain-labels';

/** The channels in the order reps meet them; phone first (the default on a call). */
export const CHANNEL_OPTIONS: readonly RadioOption[] = OptInChannelSchema.options.map((channel) => ({
  value: channel,
  label: DOMAIN_LABELS.optInChannel[channel],
}));

/** How the summary says the channel: "by phone". */
export const CHANNEL_PHRASES: Record<OptInChannel, string> = {
  phone: 'by phone',
  web: 'on the web',
  mail: 'by mail',
  point_of_sale: 'as an urgent pharmacy request',
};

/** The request date: a real date, never after the backend's business date (`asOf`). */
export function requestDateSchema(asOf: string) {
  return z
    .string()
    .min(1, 'Enter the date the request was made.')
    .pipe(IsoDateSchema)
    .refine((date) => date <= asOf, `The request date can't be after today, ${formatIsoDate(asOf)}.`);
}
