import { SOURCE_KIND_LABELS, SOURCE_STANCE_LABELS } from '@/lib/schemas/claim';
import { formatDate } from '@/lib/format';

interface SourceItem {
  id: string;
  url: string;
  title: string;
  kind: keyof typeof SOURCE_KIND_LABELS;
  stance: keyof typeof SOURCE_STANCE_LABELS;
  note: string | null;
  createdAt: Date;
  addedBy: { name: string };
}

const isHttp = (url: string) => /^https?:\/\//i.test(url);

export function SourceList({ sources }: { sources: SourceItem[] }) {
  if (sources.length === 0) return <p className="text-sm text-slate-700">No sources yet.</p>;
  return (
    <ul className="flex flex-col gap-2 text-sm">
      {sources.map((source) => (
        <li key={source.id} className="rounded border border-slate-200 p-2">
          <p>
            {isHttp(source.url) ? (
              <a
                href={source.url}
                rel="noopener noreferrer nofollow"
                className="text-blue-800 underline"
              >
                {source.title}
              </a>
            ) : (
              source.title
            )}
            {' · '}
            {SOURCE_KIND_LABELS[source.kind]} ·{' '}
            <strong>{SOURCE_STANCE_LABELS[source.stance]}</strong>
          </p>
          {source.note ? <p className="whitespace-pre-wrap text-slate-700">{source.note}</p> : null}
          <p className="text-xs text-slate-600">
            Added by {source.addedBy.name}, {formatDate(source.createdAt)}
          </p>
        </li>
      ))}
    </ul>
  );
}
