import { formatDate } from '@/lib/format';
import type { SourceKind, SourceStance } from '@/lib/generated/prisma/enums';
import { SOURCE_KIND_LABELS, SOURCE_STANCE_LABELS } from '@/lib/schemas/claim';
import { SourceControls } from './source-controls';

interface SourceItem {
  id: string;
  url: string;
  title: string;
  kind: SourceKind;
  stance: SourceStance;
  note: string | null;
  accessedOn: Date | null;
  archiveUrl: string | null;
  createdAt: Date;
  updatedAt: Date | null;
  addedBy: { name: string };
}

const isHttp = (url: string) => /^https?:\/\//i.test(url);
const isoDay = (date: Date | null) => date?.toISOString().slice(0, 10) ?? '';

function Link({ url, children }: { url: string; children: React.ReactNode }) {
  return isHttp(url) ? (
    <a href={url} rel="noopener noreferrer nofollow" className="text-blue-800 underline">
      {children}
    </a>
  ) : (
    <>{children}</>
  );
}

/** The claim's sources; with `editableFor` (the claim id), each can be corrected or removed. */
export function SourceList({
  sources,
  editableFor,
}: {
  sources: SourceItem[];
  editableFor?: string;
}) {
  if (sources.length === 0) return <p className="text-sm text-slate-700">No sources yet.</p>;
  return (
    <ul className="flex flex-col gap-2 text-sm" aria-label="Sources">
      {sources.map((source) => (
        <li key={source.id} className="rounded border border-slate-200 p-2">
          <p>
            <Link url={source.url}>{source.title}</Link>
            {' · '}
            {SOURCE_KIND_LABELS[source.kind]} ·{' '}
            <strong>{SOURCE_STANCE_LABELS[source.stance]}</strong>
            {source.accessedOn ? <> · accessed {formatDate(source.accessedOn)}</> : null}
            {source.archiveUrl ? (
              <>
                {' · '}
                <Link url={source.archiveUrl}>archived copy</Link>
              </>
            ) : null}
          </p>
          {source.note ? <p className="whitespace-pre-wrap text-slate-700">{source.note}</p> : null}
          <p className="text-xs text-slate-600">
            Added by {source.addedBy.name}, {formatDate(source.createdAt)}
            {source.updatedAt && source.updatedAt.getTime() - source.createdAt.getTime() > 1000
              ? `; edited ${formatDate(source.updatedAt)}`
              : ''}
          </p>
          {editableFor ? (
            <SourceControls
              claimId={editableFor}
              sourceId={source.id}
              values={{
                url: source.url,
                title: source.title,
                kind: source.kind,
                stance: source.stance,
                note: source.note ?? '',
                accessedOn: isoDay(source.accessedOn),
                archiveUrl: source.archiveUrl ?? '',
              }}
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
