import type { CSSProperties, ReactNode } from 'react';
import { cx } from './class-names';

/** A small inline label; the caller gives its colours and weight (one colour per state or rating, defined once). */
export function Badge({
  className,
  style,
  children,
}: {
  className: string;
  /** Colours that come from data (the rating scale) rather than a class. */
  style?: CSSProperties;
  children: ReactNode;
}) {
  return (
    <span className={cx('badge', className)} style={style}>
      {children}
    </span>
  );
}
