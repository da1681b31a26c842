/**
 * A table of rows with a caption and named columns; a row can be chosen (keyboard too: the first cell holds a
 * button). Only the rows given are drawn: views pass one page, never a whole log.
 */
import type { ComponentChildren } from 'preact';

export interface Column<T> {
  header: string;
  cell: (row: T) => ComponentChildren;
  /** For numbers and times: kept on one line. */
  nowrap?: boolean;
}

interface DataTableProps<T> {
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Shown in place of rows when there are none. */
  empty: string;
  selectedKey?: string | null;
  /** When given, the first cell of each row is a button choosing it. */
  onSelect?: (row: T) => void;
}

export function DataTable<T>({ caption, columns, rows, rowKey, empty, selectedKey = null, onSelect }: DataTableProps<T>) {
  return (
    <div class="table-scroll">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column.header}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} class="empty">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => {
              const key = rowKey(row);
              const selected = key === selectedKey;
              return (
                <tr key={key} class={selected ? 'selected' : undefined} aria-selected={onSelect ? selected : undefined}>
                  {columns.map((column, index) => (
                    <td key={column.header} class={column.nowrap ? 'nowrap' : undefined}>
                      {index === 0 && onSelect ? (
                        <button type="button" class="link" aria-pressed={selected} onClick={() => onSelect(row)}>
                          {column.cell(row)}
                        </button>
                      ) : (
                        column.cell(row)
                      )}
                    </td>
                  ))}
                </tr>
              );
            })
          )}
        </tbody>
      </table>
    </div>
  );
}

interface PagerProps {
  /** What is paged, for the buttons' names, e.g. "requests". */
  what: string;
  /** e.g. "Requests 101–200, newest first". */
  status: string;
  hasNewer: boolean;
  hasOlder: boolean;
  onNewest: () => void;
  onNewer: () => void;
  onOlder: () => void;
}

export function Pager({ what, status, hasNewer, hasOlder, onNewest, onNewer, onOlder }: PagerProps) {
  return (
    <nav class="pager" aria-label={`Pages of ${what}`}>
      <button type="button" onClick={onNewest} disabled={!hasNewer}>
        Newest
      </button>
      <button type="button" onClick={onNewer} disabled={!hasNewer}>
        Newer {what}
      </button>
      <button type="button" onClick={onOlder} disabled={!hasOlder}>
        Older {what}
      </button>
      <span class="pager-status">{status}</span>
    </nav>
  );
}
