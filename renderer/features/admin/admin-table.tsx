import type { ReactNode } from 'react';

/** A table of things an administrator acts on: the named columns, then one for each row's buttons. */
export function AdminTable({ columns, className, children }: { columns: string[]; className?: string; children: ReactNode }) {
  return (
    <table className={className ? `data-table ${className}` : 'data-table'}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** What the last act did, announced to screen readers. */
export function DoneNotice({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="success" role="status">
      {message}
    </p>
  );
}
