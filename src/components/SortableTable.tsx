import { type ReactNode, useState } from 'react';

import { type SortDirection, sortRows } from '../domain/table';

export interface Column<T> {
  key: keyof T & string;
  label: string;
  render?: (row: T) => ReactNode;
}

interface Props<T extends { id: string }> {
  caption: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  selectedId: string | null;
  rowTarget: (row: T) => string;
  onSelect: (id: string) => void;
}

/** A table sorted by clicking a header (again to reverse); a row click or Enter selects its node. */
export function SortableTable<T extends { id: string }>({
  caption,
  rows,
  columns,
  selectedId,
  rowTarget,
  onSelect,
}: Props<T>) {
  const [sort, setSort] = useState<{ key: keyof T & string; direction: SortDirection } | null>(null);
  const sorted = sort ? sortRows(rows, sort.key, sort.direction) : rows;
  return (
    <table>
      <caption>
        {caption} ({rows.length})
      </caption>
      <thead>
        <tr>
          {columns.map((col) => {
            const direction = sort?.key === col.key ? sort.direction : null;
            return (
              <th
                key={col.key}
                aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}
              >
                <button
                  type="button"
                  onClick={() => setSort({ key: col.key, direction: direction === 'asc' ? 'desc' : 'asc' })}
                >
                  {col.label} {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : ''}
                </button>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr
            key={row.id}
            tabIndex={0}
            aria-selected={rowTarget(row) === selectedId}
            onClick={() => onSelect(rowTarget(row))}
            onKeyDown={(e) => {
              if (e.key === 'Enter') onSelect(rowTarget(row));
            }}
          >
            {columns.map((col) => (
              <td key={col.key}>{col.render ? col.render(row) : String(row[col.key])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
