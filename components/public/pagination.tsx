import Link from 'next/link';

/** Newer/older links by keyset cursor (and back to the newest), keeping the other query parameters. */
export function Pagination({
  next,
  prev,
  basePath,
  params = {},
}: {
  next: string | null;
  prev: string | null;
  basePath: string;
  params?: Record<string, string | undefined>;
}) {
  if (!next && !prev) return null;
  const href = (cursor?: string) => {
    const query = new URLSearchParams(
      Object.entries({ ...params, cursor }).filter((e): e is [string, string] => !!e[1]),
    );
    const text = query.toString();
    return text ? `${basePath}?${text}` : basePath;
  };
  return (
    <nav aria-label="Pages" className="no-print mt-6 flex items-center justify-between text-sm">
      {prev ? (
        <Link href={href(prev)} rel="prev" className="text-blue-800 underline">
          ← Newer
        </Link>
      ) : (
        <span />
      )}
      {prev ? (
        <Link href={href()} className="text-blue-800 underline">
          Newest
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={href(next)} rel="next" className="text-blue-800 underline">
          Older →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
