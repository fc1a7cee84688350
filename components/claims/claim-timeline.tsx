import { formatDateTime } from '@/lib/format';
import { ratingName, type RatingScale } from '@/lib/ratings';
import { describeEvent } from '@/lib/workflow/timeline-words';

type TimelineItem =
  | {
      kind: 'event';
      id: string;
      at: Date;
      who: string;
      action: string;
      before: unknown;
      after: unknown;
    }
  | { kind: 'note'; id: string; at: Date; who: string; body: string };

export function ClaimTimeline({
  items,
  ratingScale,
}: {
  items: TimelineItem[];
  ratingScale: RatingScale;
}) {
  const names = (key: string) => ratingName(ratingScale, key);
  if (items.length === 0)
    return <p className="text-sm text-slate-700">Nothing has happened to this claim yet.</p>;
  return (
    <ol className="flex flex-col gap-2 text-sm">
      {items.map((item) => (
        <li key={item.id} className="border-l-2 border-slate-300 pl-3">
          <p className="text-xs text-slate-600">
            <time dateTime={item.at.toISOString()}>{formatDateTime(item.at)}</time> · {item.who}
          </p>
          {item.kind === 'note' ? (
            <p className="whitespace-pre-wrap">{item.body}</p>
          ) : (
            <p>
              {describeEvent(item.action, item.before, item.after, names)}
              {typeof (item.after as Record<string, unknown> | null)?.note === 'string' ? (
                <span className="block whitespace-pre-wrap text-slate-700">
                  “{(item.after as { note: string }).note}”
                </span>
              ) : null}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
