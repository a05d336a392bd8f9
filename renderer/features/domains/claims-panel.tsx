/** Claims: each Part D fill with the member's cost sharing, the figure every M3P bill is built from. */
import type { Claim } from '../../../shared/domain/claims';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { DateText } from '../../ui/date-text';
import { Money } from '../../ui/money';

const COLUMNS: readonly DataColumn<Claim>[] = [
  { header: 'Fill date', render: (c) => <DateText iso={c.fillDate} /> },
  { header: 'Drug', isWide: true, render: (c) => c.drugName },
  { header: 'Rx #', render: (c) => <span className="mono">{c.rxNumber}</span> },
  { header: 'Pharmacy', isWide: true, render: (c) => c.pharmacyName },
  { header: 'Member cost sharing', isNumeric: true, render: (c) => <Money cents={c.costSharingCents} /> },
  { header: 'Plan paid', isNumeric: true, render: (c) => <Money cents={c.planPaidCents} /> },
  { header: 'Billed by M3P', render: (c) => (c.isBilledByM3p ? 'Yes' : 'No') },
];

/** Claims newest fill first, as main sends them. */
export interface ClaimsPanelProps {
  readonly claims: readonly Claim[];
}

/** Renders the claims table with the cost-sharing total. */
export function ClaimsPanel({ claims }: ClaimsPanelProps) {
  const totalCents = claims.reduce((sum, claim) => sum + claim.costSharingCents, 0);
  const footer = (
    <tr>
      <th scope="row" colSpan={4}>
        Total member cost sharing
      </th>
      <td className="num">
        <Money cents={totalCents} />
      </td>
      <td colSpan={2} />
    </tr>
  );
  return <DataTable caption="Claims" columns={COLUMNS} rows={claims} rowKey={(c) => c.id} emptyText="No claims on file." footer={footer} />;
}
