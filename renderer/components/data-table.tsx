import type { ReactNode } from 'react';

/**
 * A table of records: the named column heads, with `actions` one more, unnamed on screen, for each row's
 * buttons; then the rows. One head for every list in the app, so they read alike to screen readers.
 */
export function DataTable({ columns, actions = false, className, label, children }: { columns: readonly string[]; actions?: boolean; className?: string; label?: string; children: ReactNode }) {
  return (
    <table className={className ? `data-table ${className}` : 'data-table'} aria-label={label}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
          {actions && (
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
