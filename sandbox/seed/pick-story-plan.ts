/**
 * Decides, before anything else about a member, which M3P story they live: the participation mix the
 * sandbox promises (~55% active, ~10% pending, ~15% terminated, ~20% not enrolled) comes from here.
 */
import type { Random } from './create-random';

/** The member's M3P story, which fixes their participation status and termination reason. */
export type StoryCategory =
  | 'active' | 'pending'
  | 'voluntary' | 'nonpayment' | 'plan_change' | 'deceased' | 'end_of_year'
  | 'rejected' | 'never';

/** How the member's current participation began: renewed from last year, elected before the year, or during it. */
export type StoryOrigin = 'renewed' | 'before_year' | 'mid_year' | 'none';

/** The story and how it began, decided before any date is drawn. */
export interface StoryPlan {
  readonly category: StoryCategory;
  readonly origin: StoryOrigin;
}

const CATEGORY_WEIGHTS: readonly (readonly [StoryCategory, number])[] = [
  ['active', 55], ['pending', 10],
  ['voluntary', 5], ['nonpayment', 4], ['plan_change', 3], ['deceased', 1.5], ['end_of_year', 1.5],
  ['rejected', 6], ['never', 14],
];

/** True when the story needs last plan year's history (claims, bills and payments in that year). */
export function usesPriorYear(plan: StoryPlan): boolean {
  return plan.origin === 'renewed' || plan.category === 'end_of_year';
}

/** Picks the category and origin; without a prior plan year to seed, no story starts there. */
export function pickStoryPlan(random: Random, hasPriorYear: boolean): StoryPlan {
  let category = random.weighted(CATEGORY_WEIGHTS);
  if (category === 'end_of_year' && !hasPriorYear) category = 'voluntary';
  if (category === 'pending' || category === 'rejected' || category === 'never') return { category, origin: 'none' };
  if (category === 'end_of_year') return { category, origin: 'none' };
  const renewedShare = hasPriorYear ? (category === 'active' ? 0.38 : 0.3) : 0;
  const roll = random.next();
  const origin: StoryOrigin = roll < renewedShare ? 'renewed' : roll < renewedShare + 0.14 ? 'before_year' : 'mid_year';
  return { category, origin };
}
