'use client';

import { RatingBadge } from '@/components/claims/rating-badge';
import { useAction } from '@/components/forms/use-action';
import { ActionFeedback } from '@/components/ui/action-feedback';
import { Button } from '@/components/ui/button';
import { archiveRatingAction, moveRatingAction } from '@/lib/actions/rating-scale';
import type { RatingEntry } from '@/lib/ratings';
import { RatingEntryForm } from './rating-entry-form';

/** One rating of the scale: its badge, move and archive controls, and its edit form. */
export function RatingRow({
  entry,
  bounds,
  first,
  last,
  onlyActive,
}: {
  entry: RatingEntry;
  bounds: { best: number; worst: number };
  first: boolean;
  last: boolean;
  onlyActive: boolean;
}) {
  const move = useAction(moveRatingAction, { success: 'Order saved.' });
  const archive = useAction(archiveRatingAction, {
    success: (_data, _key, input) => (input.archived ? 'Rating archived.' : 'Rating restored.'),
  });
  const pending = move.pending || archive.pending;
  const scale = { entries: [entry], ...bounds };
  return (
    <li aria-label={entry.name} className="flex flex-col gap-2 rounded border border-slate-300 p-3">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <RatingBadge rating={entry.key} scale={scale} />
        <code className="text-xs text-slate-600">{entry.key}</code>
        <span className="text-slate-700">
          {entry.ratingValue === null ? 'no ClaimReview value' : `value ${entry.ratingValue}`}
        </span>
        {entry.archived ? <span className="font-medium text-slate-700">Archived</span> : null}
        <span className="ml-auto flex flex-wrap gap-2">
          <Button
            variant="secondary"
            size="sm"
            disabled={pending || first}
            onClick={() => move.execute(entry.key, { direction: 'up' })}
          >
            Move {entry.name} up
          </Button>
          <Button
            variant="secondary"
            size="sm"
            disabled={pending || last}
            onClick={() => move.execute(entry.key, { direction: 'down' })}
          >
            Move {entry.name} down
          </Button>
          <Button
            variant="secondary"
            size="sm"
            disabled={pending || onlyActive}
            onClick={() => archive.execute(entry.key, { archived: !entry.archived })}
          >
            {entry.archived ? `Restore ${entry.name}` : `Archive ${entry.name}`}
          </Button>
        </span>
      </div>
      <ActionFeedback feedback={move.feedback ?? archive.feedback} />
      <details>
        <summary className="cursor-pointer text-sm text-blue-800">Edit {entry.name}</summary>
        <div className="mt-2">
          <RatingEntryForm entry={entry} bounds={bounds} />
        </div>
      </details>
    </li>
  );
}
