/** Shows integer cents as dollars through the one formatter, in tabular figures so columns line up. */
import { formatCents } from '../../shared/lib/money';

/** Cents only, never dollars, so no caller can pass a float. */
export interface MoneyProps {
  readonly cents: number;
}

/** Renders an amount. */
export function Money({ cents }: MoneyProps) {
  return <span className="money">{formatCents(cents)}</span>;
}
