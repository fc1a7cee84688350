import Link from 'next/link';

/** Keyset pages: "Previous page" / "Next page" links carrying an opaque cursor, filters kept. */
export function Pagination({
  path,
  params,
  previous,
  next,
  label = 'Pages',
}: {
  path: string;
  /** The list's other query parameters (filters, sort), kept on both links. */
  params: Record<string, string | number | undefined>;
  previous: string | null;
  next: string | null;
  label?: string;
}) {
  if (!previous && !next) return null;
  const href = (cursor: string) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params))
      if (value !== undefined && value !== '' && key !== 'cursor' && key !== 'page')
        query.set(key, String(value));
    query.set('cursor', cursor);
    return `${path}?${query}`;
  };
  const linkClass = 'text-blue-800 underline';
  return (
    <nav aria-label={label} className="flex gap-4 text-sm">
      {previous ? (
        <Link href={href(previous)} rel="prev" className={linkClass}>
          Previous page
        </Link>
      ) : null}
      {next ? (
        <Link href={href(next)} rel="next" className={linkClass}>
          Next page
        </Link>
      ) : null}
    </nav>
  );
}

/** "10,000+" when a count stopped at its cap, "about 88,000" for an estimate, else the number. */
export function countLabel(total: number, capped: boolean, approximate = false): string {
  if (approximate) {
    // Two significant figures: an estimate claims no more.
    const step = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(total, 1))) - 1);
    return `about ${(Math.round(total / step) * step).toLocaleString('en')}`;
  }
  return `${total.toLocaleString('en')}${capped ? '+' : ''}`;
}
