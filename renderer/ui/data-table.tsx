/** A dense table with a caption and column headers, or a sentence when there are no rows (never an empty grid). */
import type { ReactNode } from 'react';

/** One column: its header and how to render a row in it. */
export interface DataColumn<Row> {
  readonly header: string;
  readonly render: (row: Row) => ReactNode;
  /** Right-aligned tabular figures for money and counts. */
  readonly isNumeric?: boolean;
  /** Lets long free text (notes) wrap instead of widening the table. */
  readonly isWide?: boolean;
}

/** Rows, columns, and the sentence to show when there are no rows. */
export interface DataTableProps<Row> {
  readonly caption: string;
  readonly columns: readonly DataColumn<Row>[];
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row) => string;
  /** Shown instead of the table when there are no rows, e.g. "No refunds on file." */
  readonly emptyText: string;
  /** Optional totals row(s), rendered in `<tfoot>`. */
  readonly footer?: ReactNode;
}

function cellClass(column: { isNumeric?: boolean; isWide?: boolean }): string | undefined {
  return [column.isNumeric ? 'num' : '', column.isWide ? 'wide' : ''].filter(Boolean).join(' ') || undefined;
}

/** Renders the table or its empty sentence. */
export function DataTable<Row>({ caption, columns, rows, rowKey, emptyText, footer }: DataTableProps<Row>) {
  if (rows.length === 0) {
    return (
      <div className="table-empty">
        <p className="table-caption">{caption}</p>
        <p>{emptyText}</p>
      </div>
    );
  }
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className={cellClass(column)}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td key={column.header} className={cellClass(column)}>
                  {column.render(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {footer ? <tfoot>{footer}</tfoot> : null}
      </table>
    </div>
  );
}
