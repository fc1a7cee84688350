import Link from 'next/link';
import type { ComponentProps, ReactNode } from 'react';
import { cx } from './class-names';

export type SortDirection = 'ascending' | 'descending';

/** A dense data table; name it with `caption` (visually hidden) or `aria-labelledby`. */
export function Table({
  caption,
  className,
  children,
  ...props
}: ComponentProps<'table'> & { caption?: string }) {
  return (
    // relative: visually hidden (absolute) labels in cells would otherwise widen the page.
    <div className="relative overflow-x-auto">
      <table className={cx('data-table w-full border-collapse text-sm', className)} {...props}>
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        {children}
      </table>
    </div>
  );
}

export function TableHeader(props: ComponentProps<'thead'>) {
  return <thead className="border-b border-slate-300" {...props} />;
}

export function TableBody(props: ComponentProps<'tbody'>) {
  return <tbody {...props} />;
}

/** A body row; borders, padding and alignment come from `.data-table` in app/globals.css. */
export function TableRow(props: ComponentProps<'tr'>) {
  return <tr {...props} />;
}

// Numbers align right in tabular figures so columns of them can be compared at a glance.
const alignment = (numeric: boolean | undefined) =>
  numeric ? 'text-right tabular-nums' : undefined;

type CellProps<T extends 'th' | 'td'> = ComponentProps<T> & { numeric?: boolean };

/** A column header (`scope="col"`), or with `scope="row"` the cell that names its row. */
export function TableHead({ scope = 'col', numeric, className, ...props }: CellProps<'th'>) {
  return <th scope={scope} className={cx(alignment(numeric), className) || undefined} {...props} />;
}

export function TableCell({ numeric, className, ...props }: CellProps<'td'>) {
  return <td className={cx(alignment(numeric), className) || undefined} {...props} />;
}

const ARROWS: Record<SortDirection, string> = { ascending: '▲', descending: '▼' };

/**
 * A column header whose link sorts the table by it (the sort lives in the URL, so it survives
 * reloads and can be shared). `direction` is set only on the column the table is sorted by.
 */
export function SortableTableHead({
  href,
  direction,
  children,
  className,
}: {
  href: string;
  direction: SortDirection | undefined;
  children: ReactNode;
  className?: string;
}) {
  return (
    <TableHead aria-sort={direction} className={className}>
      <Link
        href={href}
        scroll={false}
        className="inline-flex items-center gap-1 text-blue-800 hover:underline"
      >
        {children}
        <span aria-hidden="true" className={cx('text-[0.6rem]', !direction && 'text-slate-400')}>
          {direction ? ARROWS[direction] : '↕'}
        </span>
      </Link>
    </TableHead>
  );
}

/** The row shown instead of rows when there are none. */
export function TableEmptyRow({ columns, children }: { columns: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={columns} className="py-3 text-slate-700">
        {children}
      </td>
    </tr>
  );
}
