import Link from 'next/link';
import { Pagination } from '@/components/public/pagination';
import { PublishedDate } from '@/components/public/published-date';
import { listCorrections } from '@/lib/data/public/cached';

/** Every correction, newest first, from `cursor` (the first page without one). */
export async function CorrectionsView({ cursor }: { cursor?: string }) {
  const { items: corrections, next, prev } = await listCorrections(cursor);
  return (
    <>
      <h1 className="text-2xl font-semibold">Corrections</h1>
      <p className="mt-2 text-slate-700">
        Every change to a published verdict, newest first. Read our{' '}
        <Link href="/corrections-policy" className="text-blue-800 underline">
          corrections policy
        </Link>
        .
      </p>
      {corrections.length ? (
        <ol className="mt-4 divide-y divide-slate-200">
          {corrections.map((entry, index) => (
            <li key={`${entry.slug}-${index}`} className="py-3">
              <p className="text-sm font-semibold">
                <PublishedDate date={entry.date} />
              </p>
              <p className="mt-1 font-serif">
                <Link href={`/claims/${entry.slug}`} className="text-blue-800 underline">
                  {entry.statement}
                </Link>
                {entry.speaker ? <span className="text-slate-700"> ({entry.speaker})</span> : null}
              </p>
              <ul className="list-disc pl-5 text-sm text-slate-800">
                {entry.changes.map((change) => (
                  <li key={change}>{change}</li>
                ))}
              </ul>
              {entry.note ? (
                <p className="text-sm text-slate-800">
                  <span className="font-medium">Why: </span>
                  {entry.note}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-4 text-slate-700">No corrections so far.</p>
      )}
      <Pagination next={next} prev={prev} basePath="/corrections" />
    </>
  );
}
