import { formatDateTime } from '@/lib/format';

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

function describe(action: string, after: unknown): string {
  const details = (after ?? {}) as Record<string, unknown>;
  const verb = action.replace(/^claim\./, '').replace(/_/g, ' ');
  const parts = [verb];
  if (typeof details.state === 'string')
    parts.push(`→ ${details.state.replace('_', ' ').toLowerCase()}`);
  if (typeof details.reason === 'string')
    parts.push(`(${details.reason.replace('_', ' ').toLowerCase()})`);
  return parts.join(' ');
}

export function ClaimTimeline({ items }: { items: TimelineItem[] }) {
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
              {describe(item.action, item.after)}
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
