/** Label/value facts as a two-column table with row headers, so a screen reader pairs each value with its label. */
import type { ReactNode } from 'react';

/** One fact: its label (the row header) and its value. */
export interface KeyValueRow {
  readonly label: string;
  readonly value: ReactNode;
}

/** A caption naming the group of facts, and the facts. */
export interface KeyValueTableProps {
  readonly caption: string;
  readonly rows: readonly KeyValueRow[];
}

/** Renders the facts table. */
export function KeyValueTable({ caption, rows }: KeyValueTableProps) {
  return (
    <table className="kv-table">
      <caption>{caption}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td>{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
