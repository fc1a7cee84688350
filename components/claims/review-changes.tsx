import { diffWords } from 'diff';
import { formatDateTime } from '@/lib/format';
import type { ContentChange } from '@/lib/workflow/review-content';

/** Before → after as one text, words taken out struck through and words put in underlined. */
function WordDiff({ before, after }: { before: string; after: string }) {
  return (
    <span className="whitespace-pre-wrap">
      {diffWords(before, after).map((part, index) =>
        part.removed ? (
          <del key={index} className="bg-red-100 text-red-900">
            {part.value}
          </del>
        ) : part.added ? (
          <ins key={index} className="bg-green-100 text-green-900">
            {part.value}
          </ins>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </span>
  );
}

function ChangeItem({ change }: { change: ContentChange }) {
  switch (change.kind) {
    case 'field':
      return (
        <li>
          <span className="font-medium">{change.label}:</span>{' '}
          <WordDiff before={change.before} after={change.after} />
        </li>
      );
    case 'source-added':
      return (
        <li>
          <span className="font-medium">Source added:</span> {change.after}
        </li>
      );
    case 'source-removed':
      return (
        <li>
          <span className="font-medium">Source removed:</span> <del>{change.before}</del>
        </li>
      );
    case 'source-changed':
      return (
        <li>
          <span className="font-medium">Source changed:</span>{' '}
          <WordDiff before={change.before} after={change.after} />
        </li>
      );
  }
}

function ChangeList({ title, changes }: { title: string; changes: ContentChange[] }) {
  return (
    <div>
      <h3 className="font-medium">{title}</h3>
      {changes.length ? (
        <ul className="mt-1 flex list-disc flex-col gap-1 pl-5">
          {changes.map((change, index) => (
            <ChangeItem key={index} change={change} />
          ))}
        </ul>
      ) : (
        <p className="text-slate-700">No changes to the verdict or its sources.</p>
      )}
    </div>
  );
}

/** What changed in the verdict since the last review round and against the published version. */
export function ReviewChanges({
  sinceLastRound,
  sincePublished,
}: {
  sinceLastRound: { submittedAt: Date; changes: ContentChange[] } | null;
  sincePublished: { publishedAt: Date; changes: ContentChange[] } | null;
}) {
  if (!sinceLastRound && !sincePublished) return null;
  return (
    <section
      aria-labelledby="changes-heading"
      className="flex flex-col gap-3 rounded border border-slate-300 p-3 text-sm"
    >
      <h2 id="changes-heading" className="font-semibold">
        What changed
      </h2>
      {sinceLastRound ? (
        <ChangeList
          title={`Since the last review round (submitted ${formatDateTime(sinceLastRound.submittedAt)})`}
          changes={sinceLastRound.changes}
        />
      ) : null}
      {sincePublished ? (
        <ChangeList
          title={`Against the published version (${formatDateTime(sincePublished.publishedAt)})`}
          changes={sincePublished.changes}
        />
      ) : null}
    </section>
  );
}
