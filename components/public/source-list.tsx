import type { PublicSource } from '@/lib/data/public/snapshot-sources';
import { formatIsoDay } from '@/lib/format';
import { SOURCE_KIND_LABELS, SOURCE_STANCE_READER_LABELS } from '@/lib/schemas/claim';

/** The verdict's sources: only http(s) addresses become links; anything else is shown as plain text. */
export function SourceList({ sources }: { sources: PublicSource[] }) {
  if (!sources.length)
    return <p className="text-slate-700">No sources were listed for this verdict.</p>;
  return (
    <ol className="list-decimal space-y-3 pl-5">
      {sources.map((source, index) => (
        <li key={index}>
          {source.href ? (
            <a
              href={source.href}
              rel="noopener noreferrer nofollow"
              className="text-blue-800 underline"
            >
              {source.title}
            </a>
          ) : (
            <span>
              {source.title}{' '}
              <span className="text-slate-700">
                (address not linked: <span className="break-all">{source.url}</span>)
              </span>
            </span>
          )}
          <p className="text-sm text-slate-700">
            {SOURCE_KIND_LABELS[source.kind]} · {SOURCE_STANCE_READER_LABELS[source.stance]}
            {source.accessedOn ? <> · accessed {formatIsoDay(source.accessedOn)}</> : null}
            {source.archiveHref ? (
              <>
                {' · '}
                <a
                  href={source.archiveHref}
                  rel="noopener noreferrer nofollow"
                  className="text-blue-800 underline"
                >
                  archived copy<span className="sr-only"> of {source.title}</span>
                </a>
              </>
            ) : null}
          </p>
          {source.note ? <p className="text-sm text-slate-800">{source.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
