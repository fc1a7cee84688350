import type { ReactNode } from 'react';
import { cx } from './class-names';

/** A small inline label; the caller gives its colours and weight (one colour per state or rating, defined once). */
export function Badge({ className, children }: { className: string; children: ReactNode }) {
  return (
    <span className={cx('inline-block rounded px-1.5 py-0.5 text-xs', className)}>{children}</span>
  );
}
