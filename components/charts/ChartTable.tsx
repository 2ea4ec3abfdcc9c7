import type { TableModel } from '@/lib/charts/viewModel';
import styles from './charts.module.css';

/**
 * A chart's data table: exactly the figures drawn, in the page's language. No hooks, so it renders
 * in the static HTML (readable without scripts) and updates with the view in the browser. The
 * scroll region takes keyboard focus only when the table is shown (`focusable`); in chart view the
 * table stays in the page for screen readers but out of the tab order.
 */
export function ChartTable({ model, regionLabel, focusable = true }: { model: TableModel; regionLabel: string; focusable?: boolean }) {
  const columns = model.columns.length;
  return (
    <div className={styles.tableWrap} role="region" aria-label={regionLabel} tabIndex={focusable ? 0 : undefined}>
      <table className={styles.table} data-testid={`table-${model.key}`}>
        <caption>{model.caption}</caption>
        <thead>
          <tr>
            {model.columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? styles.num : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        {model.groups.map((g, gi) => (
          <tbody key={g.heading ?? gi}>
            {g.heading ? (
              <tr className={styles.groupRow}>
                <th colSpan={columns} scope="colgroup">
                  {g.heading}
                </th>
              </tr>
            ) : null}
            {g.rows.map((row) => (
              <tr key={row.key} {...Object.fromEntries(Object.entries(row.data).map(([k, v]) => [`data-${k}`, v]))}>
                {row.cells.map((cell, ci) =>
                  cell.rowHeader ? (
                    <th key={ci} scope="row">
                      {cell.text}
                    </th>
                  ) : (
                    <td key={ci} className={cell.numeric ? styles.num : model.columns[ci]?.key === 'notes' ? styles.notesCell : undefined}>
                      {cell.text}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
